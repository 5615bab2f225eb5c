package org.minix3j.kernel.run;

import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelSignal;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.memory.MessageTransfer;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.cpu.Trap;

/**
 * What stops an i386 process, handled: {@code int 0x21} is the IPC trap (EAX function, EBX
 * peer, ECX message address; result in EAX), every other interrupt or fault an exception.
 *
 * <p>The trap copies an outgoing message in from the caller's memory before the call and
 * checks that a receive buffer is writable; a bad address gives EFAULT in EAX and the process
 * goes on. A delivered message is copied out when the call completes: at once, or from {@link
 * #complete} when the kernel wakes the process.
 */
final class UserTraps {
  private static final int SEND = IpcFunction.SEND.number();
  private static final int RECEIVE = IpcFunction.RECEIVE.number();
  private static final int SENDREC = IpcFunction.SENDREC.number();

  private final RunState state;
  private final KernelEntries entries;
  private final MessageTransfer copy;

  UserTraps(RunState state, KernelEntries entries, MessageTransfer copy) {
    this.state = state;
    this.entries = entries;
    this.copy = copy;
  }

  /** The IPC trap of {@code process}, whose registers are in {@code context}. */
  void ipc(ProcessSlot process, UserContext context) {
    int function = context.register(UserContext.EAX);
    int peer = context.register(UserContext.EBX);
    int address = context.register(UserContext.ECX);
    boolean sends = function == SEND || function == SENDREC;
    boolean receives = function == RECEIVE || function == SENDREC;
    int pageDirectory = context.pageDirectory();
    if ((sends && copy.copyIn(pageDirectory, address, process.message()) != Errno.OK_VALUE)
        || (receives && copy.checkWritable(pageDirectory, address) != Errno.OK_VALUE)) {
      state.charge(EntryCost.ENTRY_NANOSECONDS);
      context.setRegister(UserContext.EAX, Errno.EFAULT.wireValue());
      return;
    }
    context.setReceiveBuffer(receives ? address : UserContext.NO_BUFFER);
    int result = entries.ipc(process, function, peer);
    if (result != Ipc.BLOCKED) {
      complete(process, context);
    }
  }

  /** The call of {@code process} completed: result to EAX, a received message to its buffer. */
  void complete(ProcessSlot process, UserContext context) {
    if (context.replyDiscarded()) {
      context.setReplyDiscarded(false);
      return;
    }
    int result = process.result();
    int buffer = context.receiveBuffer();
    context.setReceiveBuffer(UserContext.NO_BUFFER);
    if (result == Errno.OK_VALUE
        && buffer != UserContext.NO_BUFFER
        && copy.copyOut(process.message(), context.pageDirectory(), buffer) != Errno.OK_VALUE) {
      result = Errno.EFAULT.wireValue();
    }
    context.setRegister(UserContext.EAX, result);
  }

  /** The signal an exception raises (MINIX's exception table). */
  static int signalFor(Trap trap) {
    return switch (trap.kind()) {
      case DIVIDE_ERROR -> KernelSignal.SIGFPE;
      case INVALID_OPCODE -> KernelSignal.SIGILL;
      case GENERAL_PROTECTION, PAGE_FAULT -> KernelSignal.SIGSEGV;
      case SOFTWARE_INTERRUPT -> trap.vector() == 3 ? KernelSignal.SIGTRAP : KernelSignal.SIGSEGV;
      case BUDGET_EXHAUSTED -> throw new IllegalArgumentException("not an exception: " + trap);
    };
  }
}
