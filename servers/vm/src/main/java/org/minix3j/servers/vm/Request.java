package org.minix3j.servers.vm;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Message;
import org.minix3j.abi.protocol.VmCalls;
import org.minix3j.servers.vm.space.TextKey;

/** One decoded VM request ({@link VmCalls}); the payload words as named fields. */
public sealed interface Request {
  /** {@link VmCalls#FORK}: copy {@code parent}'s space for the child in {@code childSlot}. */
  record Fork(int parent, int childSlot) implements Request {}

  /** {@link VmCalls#EXIT}: release every frame of {@code process}. */
  record Exit(int process) implements Request {}

  /** {@link VmCalls#BRK}: move {@code process}'s break to {@code address} (0 asks). */
  record Brk(int process, long address) implements Request {}

  /** {@link VmCalls#EXEC_NEWMEM}: build {@code target}'s new image from two grants. */
  record ExecNewMem(int target, int fileGrant, int fileLength, int frameGrant, int frameLength,
      TextKey text) implements Request {}

  /** {@link VmCalls#EXEC_DONE}: the new image is in force; free the old one. */
  record ExecDone(int process) implements Request {}

  /** {@link VmCalls#EXEC_ABORT}: the exec failed; free the new image. */
  record ExecAbort(int process) implements Request {}

  /** {@link VmCalls#INFO}: frame counts. */
  record Info() implements Request {}

  /** The request {@code message} carries, or null for an unknown call number. */
  static @Nullable Request decode(Message message) {
    return switch (message.type()) {
      case VmCalls.FORK -> new Fork(message.payload(0), message.payload(1));
      case VmCalls.EXIT -> new Exit(message.payload(0));
      case VmCalls.BRK -> new Brk(message.payload(0), Integer.toUnsignedLong(message.payload(1)));
      case VmCalls.EXEC_NEWMEM -> new ExecNewMem(message.payload(0), message.payload(1),
          message.payload(2), message.payload(3), message.payload(4),
          new TextKey(message.payload(5), message.payload(6), message.payload(7),
              message.payload(2)));
      case VmCalls.EXEC_DONE -> new ExecDone(message.payload(0));
      case VmCalls.EXEC_ABORT -> new ExecAbort(message.payload(0));
      case VmCalls.INFO -> new Info();
      default -> null;
    };
  }
}
