package org.minix3j.drivers.tty;

/**
 * A READ or WRITE left pending: who asked (VFS), its id, the grant (a magic grant on the
 * user's buffer), the count and the bytes done so far. It ends with a REVIVE, or at CANCEL.
 */
final class Pending {
  final int caller;
  final int id;
  final int grant;
  final int count;
  final boolean write;
  int done;

  Pending(int caller, int id, int grant, int count, boolean write) {
    this.caller = caller;
    this.id = id;
    this.grant = grant;
    this.count = count;
    this.write = write;
  }
}
