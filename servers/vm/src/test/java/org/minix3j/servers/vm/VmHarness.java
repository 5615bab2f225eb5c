package org.minix3j.servers.vm;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.VmCalls;

/** A VM over a {@link FakeKernel}, driven as PM and VFS would drive it. Endpoints are generation 0 (= slot). */
final class VmHarness {
  static final long POOL_BASE = 0x200000L;
  static final int PM = SystemSlots.PM;
  static final int VFS = SystemSlots.VFS;
  static final List<String> ARGS = List.of("sh", "-c", "echo hi");
  static final List<String> ENV = List.of("HOME=/", "PATH=/bin");

  final FakeKernel kernel;
  final CallTable vm;

  VmHarness(int poolFrames) {
    kernel = new FakeKernel(POOL_BASE, poolFrames * 4096);
    vm = new CallTable(new VmConfiguration(POOL_BASE, poolFrames * 4096L), kernel);
  }

  static byte[] realProgram() {
    try (InputStream in = VmHarness.class.getResourceAsStream("program.elf")) {
      if (in == null) {
        throw new AssertionError("program.elf resource missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Reply call(int caller, int type, int... words) {
    return vm.handle(caller, Message.of(type, words));
  }

  Reply execNewMem(int slot, byte[] elf, int device, int inode, int mtime, byte[] frame) {
    int fileGrant = kernel.grant(VFS, elf);
    int frameGrant = kernel.grant(VFS, frame);
    return call(VFS, VmCalls.EXEC_NEWMEM, slot, fileGrant, elf.length, frameGrant, frame.length,
        device, inode, mtime);
  }

  /** EXEC_NEWMEM then EXEC_DONE; returns the NEWMEM reply (asserting success). */
  Reply exec(int slot, byte[] elf, int inode) {
    Reply reply = execNewMem(slot, elf, 1, inode, 1000, FrameBuilder.frame(ARGS, ENV));
    expectOk(reply);
    expectOk(call(PM, VmCalls.EXEC_DONE, slot));
    return reply;
  }

  Reply fork(int parent, int child) {
    return call(PM, VmCalls.FORK, parent, child);
  }

  Reply brk(int slot, long address) {
    return call(PM, VmCalls.BRK, slot, (int) address);
  }

  Reply exit(int slot) {
    return call(PM, VmCalls.EXIT, slot);
  }

  int free() {
    return vm.freeFrames();
  }

  PageWalk walk(Reply reply) {
    return new PageWalk(kernel, reply.word(0));
  }

  static void expectOk(Reply reply) {
    if (reply.result() != Errno.OK_VALUE) {
      throw new AssertionError("expected OK, got " + Errno.fromValue(reply.result()));
    }
  }

  static Errno errno(Reply reply) {
    Errno errno = Errno.fromValue(reply.result());
    if (reply.result() == Errno.OK_VALUE || errno == null) {
      throw new AssertionError("expected an error, got " + reply.result());
    }
    return errno;
  }
}
