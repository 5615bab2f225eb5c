package org.minix3j.kernel.run;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SignalFrame;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.memory.AddressSpaces;
import org.minix3j.kernel.memory.MessageTransfer;
import org.minix3j.kernel.memory.PageWalker;
import org.minix3j.kernel.memory.UserMemory;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The kernel calls that change an i386 process's image or registers, made by PM: SYS_FORK,
 * SYS_EXEC, SYS_SIGSEND and SYS_SIGRETURN. The kernel only copies registers and writes the
 * stack frame; which memory a process has is VM's business (it hands over a page directory it
 * built), and what a signal means is PM's.
 *
 * <p>"Waiting for the caller": fork, exec and sigreturn act on a process that made a SENDREC to
 * the caller and now waits for its reply (spec: Ipc's {@code RECEIVING} with the caller as
 * peer), so its registers are quiet. The child of fork starts runnable, its copy of that
 * SENDREC already answered with the message the caller gives; exec and sigreturn replace the
 * registers and mark the reply as discarded, so the caller's reply (which it still sends, an
 * ordinary Ipc!ProcSend) wakes the process without touching its new registers or memory.
 *
 * <p>Checks, in order, each with its own error: the target is a live process ({@link
 * Errno#EBADSRCDST} out of range, {@link Errno#EDEADSRCDST} dead); it is an i386 process
 * ({@link Errno#EPERM}: Java processes have no image); it waits for the caller ({@link
 * Errno#EBUSY}, or for sigsend: it is not blocked in IPC at all); then the arguments ({@link
 * Errno#EINVAL}), the page directory is page-aligned inside physical memory ({@link
 * Errno#EFAULT}), user memory is reachable ({@link Errno#EFAULT}). A refused call changes
 * nothing. Allocates nothing after construction but the fork child's context.
 */
final class ProcessControl {
  private static final int SIGNALS = 32;
  private static final int DIRECTION_FLAG = 0x400;
  private static final int TRAP_FLAG = 0x100;

  private final RunState state;
  private final Kernel kernel;
  private final Scheduler scheduler;
  private final AddressSpaces spaces;
  private final UserMemory memory;
  private final MessageTransfer transfer;
  private final int[] replyWords = new int[Message.WORDS];
  private final byte[] frame = new byte[SignalFrame.FRAME_SIZE + SignalFrame.CONTEXT_SIZE];
  private final ByteBuffer frameWords = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);

  ProcessControl(
      RunState state,
      Kernel kernel,
      Scheduler scheduler,
      AddressSpaces spaces,
      UserMemory memory,
      MessageTransfer transfer) {
    this.state = state;
    this.kernel = kernel;
    this.scheduler = scheduler;
    this.spaces = spaces;
    this.memory = memory;
    this.transfer = transfer;
  }

  /**
   * SYS_FORK: a copy of {@code parentEndpoint} in the free slot {@code childSlot}, in the address
   * space {@code childPageDirectory}, whose pending SENDREC completes with {@code childReply}
   * (stamped as coming from the caller). Returns the child's endpoint.
   */
  // spec: Ipc!SlotRestart (the child is a new process in a free slot)
  long fork(ProcessSlot caller, int parentEndpoint, int childSlot, int childPageDirectory,
      Message childReply) {
    int check = checkWaiting(caller, parentEndpoint);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    ProcessTable table = kernel.table();
    if (childSlot < 0 || childSlot >= table.size() || ProcessTable.isKernelSlot(childSlot)) {
      return Errno.EINVAL.wireValue();
    }
    if (table.slot(childSlot).alive()) {
      return Errno.EEXIST.wireValue();
    }
    check = checkPageDirectory(childPageDirectory);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    ProcessSlot parent = requireLive(parentEndpoint);
    UserContext parentContext = requireUser(parent);
    int buffer = parentContext.receiveBuffer();
    if (buffer != UserContext.NO_BUFFER
        && memory.checkWritable(childPageDirectory, buffer, Message.WORDS * Integer.BYTES)
            != Errno.OK_VALUE) {
      return Errno.EFAULT.wireValue();
    }
    UserContext child = new UserContext(parentContext, childPageDirectory);
    child.setRegister(UserContext.EAX, Errno.OK_VALUE);
    if (buffer != UserContext.NO_BUFFER) {
      childReply.copyTo(replyWords);
      replyWords[0] = caller.endpoint();
      transfer.copyOut(replyWords, childPageDirectory, buffer);
    }
    ProcessSlot process = state.admit(childSlot, parent.name(),
        kernel.privileges().of(parent.slot()), scheduler.ownQueueOf(parent.slot()),
        scheduler.quantumOf(parent.slot()));
    state.userContexts[childSlot] = child;
    spaces.assignUser(childSlot, childPageDirectory);
    scheduler.ready(childSlot);
    return Integer.toUnsignedLong(process.endpoint());
  }

  /**
   * SYS_EXEC: {@code target} gets a new image, the address space {@code pageDirectory}, and
   * starts at {@code entry} with stack pointer {@code stack} when the caller's reply wakes it.
   */
  // spec: none (registers and memory map only; the reply is an ordinary Ipc!ProcSend)
  long exec(ProcessSlot caller, int target, int pageDirectory, int entry, int stack) {
    int check = checkWaiting(caller, target);
    if (check == Errno.OK_VALUE) {
      check = checkPageDirectory(pageDirectory);
    }
    if (check != Errno.OK_VALUE) {
      return check;
    }
    ProcessSlot process = requireLive(target);
    UserContext image = new UserContext(pageDirectory, entry, stack);
    image.setReplyDiscarded(true);
    state.userContexts[process.slot()] = image;
    spaces.assignUser(process.slot(), pageDirectory);
    return Errno.OK_VALUE;
  }

  /**
   * SYS_SIGSEND: builds a {@link SignalFrame} below {@code target}'s stack pointer and points it
   * at the handler. The target must not be blocked in IPC (PM first ends or answers its call).
   */
  // spec: none (registers and the user stack only)
  long sigsend(ProcessSlot caller, int target, SignalFrame.Delivery delivery) {
    int check = checkUser(target);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    ProcessSlot process = requireLive(target);
    if (process.state() != ProcessState.RUNNING) {
      return Errno.EBUSY.wireValue();
    }
    if (delivery.signal() <= 0 || delivery.signal() >= SIGNALS) {
      return Errno.EINVAL.wireValue();
    }
    UserContext context = requireUser(process);
    int contextAddress = SignalFrame.contextAddress(context.register(UserContext.ESP));
    int frameAddress = SignalFrame.frameAddress(contextAddress);
    frameWords.putInt(0, delivery.trampoline());
    frameWords.putInt(SignalFrame.SIGNAL_OFFSET, delivery.signal());
    frameWords.putInt(SignalFrame.CONTEXT_POINTER_OFFSET, contextAddress);
    frameWords.putInt(12, 0);
    frameWords.putInt(16, 0);
    int base = SignalFrame.FRAME_SIZE;
    for (int i = 0; i < 8; i++) {
      frameWords.putInt(base + i * Integer.BYTES, context.register(i));
    }
    frameWords.putInt(base + SignalFrame.EIP_WORD * Integer.BYTES, context.eip());
    frameWords.putInt(base + SignalFrame.EFLAGS_WORD * Integer.BYTES, context.eflags());
    frameWords.putInt(base + SignalFrame.MASK_WORD * Integer.BYTES, delivery.mask());
    frameWords.putInt(base + SignalFrame.MAGIC_WORD * Integer.BYTES, SignalFrame.MAGIC);
    if (memory.copyOut(frame, 0, context.pageDirectory(), frameAddress, frame.length)
        != Errno.OK_VALUE) {
      return Errno.EFAULT.wireValue();
    }
    context.setRegister(UserContext.ESP, frameAddress);
    context.setEip(delivery.handler());
    context.setEflags(context.eflags() & ~(DIRECTION_FLAG | TRAP_FLAG));
    return Errno.OK_VALUE;
  }

  /**
   * SYS_SIGRETURN: {@code target}, waiting for the caller, gets back the registers saved in the
   * signal context at {@code contextAddress}. Returns the saved signal mask (as an unsigned
   * number) for PM to restore.
   */
  // spec: none (registers only; the reply is an ordinary Ipc!ProcSend)
  long sigreturn(ProcessSlot caller, int target, int contextAddress) {
    int check = checkWaiting(caller, target);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    UserContext context = requireUser(requireLive(target));
    int base = SignalFrame.FRAME_SIZE;
    if (memory.copyIn(context.pageDirectory(), contextAddress, frame, base,
        SignalFrame.CONTEXT_SIZE) != Errno.OK_VALUE) {
      return Errno.EFAULT.wireValue();
    }
    if (frameWords.getInt(base + SignalFrame.MAGIC_WORD * Integer.BYTES) != SignalFrame.MAGIC) {
      return Errno.EINVAL.wireValue();
    }
    for (int i = 0; i < 8; i++) {
      context.setRegister(i, frameWords.getInt(base + i * Integer.BYTES));
    }
    context.setEip(frameWords.getInt(base + SignalFrame.EIP_WORD * Integer.BYTES));
    int saved = frameWords.getInt(base + SignalFrame.EFLAGS_WORD * Integer.BYTES);
    context.setEflags((context.eflags() & ~SignalFrame.RESTORABLE_FLAGS)
        | (saved & SignalFrame.RESTORABLE_FLAGS));
    context.setReplyDiscarded(true);
    return Integer.toUnsignedLong(frameWords.getInt(base + SignalFrame.MASK_WORD * Integer.BYTES));
  }

  /** OK if {@code endpoint} is a live i386 process waiting for {@code caller}'s reply. */
  private int checkWaiting(ProcessSlot caller, int endpoint) {
    int check = checkUser(endpoint);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    ProcessSlot process = requireLive(endpoint);
    boolean waiting = process.state() == ProcessState.RECEIVING
        && process.peer() == caller.endpoint()
        && !requireUser(process).replyDiscarded();
    return waiting ? Errno.OK_VALUE : Errno.EBUSY.wireValue();
  }

  /** OK if {@code endpoint} is a live i386 process. */
  private int checkUser(int endpoint) {
    ProcessTable table = kernel.table();
    if (!table.inRange(endpoint)) {
      return Errno.EBADSRCDST.wireValue();
    }
    ProcessSlot process = table.current(endpoint);
    if (process == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    return state.userContexts[process.slot()] == null ? Errno.EPERM.wireValue() : Errno.OK_VALUE;
  }

  private int checkPageDirectory(int pageDirectory) {
    if ((pageDirectory & ~PageWalker.FRAME_MASK) != 0) {
      return Errno.EINVAL.wireValue();
    }
    return memory.memory().contains(pageDirectory, PhysicalMemory.PAGE_SIZE)
        ? Errno.OK_VALUE
        : Errno.EFAULT.wireValue();
  }

  private ProcessSlot requireLive(int endpoint) {
    ProcessSlot process = kernel.table().current(endpoint);
    if (process == null) {
      throw new IllegalStateException("endpoint " + endpoint + " was checked live");
    }
    return process;
  }

  private UserContext requireUser(ProcessSlot process) {
    @Nullable UserContext context = state.userContexts[process.slot()];
    if (context == null) {
      throw new IllegalStateException(process + " was checked to be an i386 process");
    }
    return context;
  }
}
