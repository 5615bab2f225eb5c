package org.minix3j.drivers.printer;

/**
 * One WRITE to the printer, left pending until its last byte is printed: who asked (VFS), the
 * request id, the grant on the writer's buffer, the count, and the bytes handed to the printer
 * so far.
 */
final class Job {
  final int caller;
  final int id;
  final int grant;
  final int count;
  int strobed;

  Job(int caller, int id, int grant, int count) {
    this.caller = caller;
    this.id = id;
    this.grant = grant;
    this.count = count;
  }
}
