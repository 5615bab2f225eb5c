package org.minix3j.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.kernel.run.LoopFixture.BUFFER;
import static org.minix3j.kernel.run.LoopFixture.CODE;
import static org.minix3j.kernel.run.LoopFixture.STACK_TOP;
import static org.minix3j.kernel.run.LoopFixture.code;
import static org.minix3j.kernel.run.LoopFixture.le;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.Message;
import org.minix3j.abi.SignalFrame;
import org.minix3j.kernel.memory.UserMemory;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;

/** SYS_FORK, SYS_EXEC, SYS_SIGSEND and SYS_SIGRETURN on hand-assembled i386 processes. */
class ProcessControlTest {
  private static final int PM = 3;
  private static final int USER = 5;
  private static final int CHILD = 7;
  private static final int PM_ENDPOINT = Endpoint.of(PM, 0);
  private static final int EDX = 2;
  private static final int ESI = 6;
  private static final int EDI = 7;
  private static final int OK = Errno.OK_VALUE;
  private static final long ONE_SECOND = 1_000_000_000L;

  private static UserContext context(LoopFixture f, int slot) {
    UserContext context = f.loop.userContext(slot);
    if (context == null) {
      throw new AssertionError("slot " + slot + " holds no i386 process");
    }
    return context;
  }

  @Test
  void forkCopiesTheParentAndEachGetsItsOwnReply() throws Exception {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      byte[] program = UserProcessLoopTest.sendrecOnce(PM_ENDPOINT, BUFFER);
      int childDirectory = f.program(0x200000, program).pageDirectory();
      int[] child = new int[1];
      f.java(PM, "pm", sys -> {
        Message m = new Message();
        sys.receive(Endpoint.ANY, m);
        int parent = m.source();
        Message reply = Message.of(0, 5);
        results.add(sys.fork(parent, 1, childDirectory, reply));
        results.add(sys.fork(parent, USER, childDirectory, reply));
        results.add(sys.fork(parent, CHILD, childDirectory + 4, reply));
        results.add(sys.fork(parent, CHILD, 0x7fff_f000, reply));
        results.add(sys.fork(sys.endpoint(), CHILD, childDirectory, reply));
        child[0] = sys.fork(parent, CHILD, childDirectory, reply);
        sys.send(parent, Message.of(0, child[0]));
        results.add(sys.fork(parent, CHILD + 1, childDirectory, reply));
      });
      int parent = f.loop.spawnUser(USER, "sh", LoopFixture.user(PM), Scheduler.USER_QUEUE, 8,
          f.program(0x100000, program));
      f.loop.run(ONE_SECOND);
      assertEquals(List.of(Errno.EINVAL.wireValue(), Errno.EEXIST.wireValue(),
          Errno.EINVAL.wireValue(), Errno.EFAULT.wireValue(), Errno.EPERM.wireValue(),
          Errno.EBUSY.wireValue()), results);
      assertEquals(Endpoint.of(CHILD, 0), child[0]);
      assertEquals(OK, context(f, USER).register(ESI));
      assertEquals(child[0], context(f, USER).register(EDX), "the parent's reply: the child");
      assertEquals(OK, context(f, CHILD).register(ESI));
      assertEquals(5, context(f, CHILD).register(EDX), "the child's own reply");
      assertEquals(context(f, USER).eip(), context(f, CHILD).eip(), "both ran on to the int3");
      assertEquals("sh", f.kernel.table().slot(CHILD).name());
      assertTrue(f.loop.stopped(CHILD));
      assertTrue(parent != child[0]);
    }
  }

  @Test
  void execStartsTheNewImageAndThePmReplyIsNotDelivered() throws Exception {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      int image = f.program(0x300000, code(0xBE, le(7), 0xCC)).pageDirectory(); // mov esi,7; int3
      f.java(PM, "pm", sys -> {
        Message m = new Message();
        sys.receive(Endpoint.ANY, m);
        results.add(sys.exec(m.source(), image + 1, CODE, STACK_TOP));
        results.add(sys.exec(m.source(), image, CODE, STACK_TOP));
        results.add(sys.exec(m.source(), image, CODE, STACK_TOP));
        sys.send(m.source(), Message.of(0, 99));
      });
      f.loop.spawnUser(USER, "sh", LoopFixture.user(PM), Scheduler.USER_QUEUE, 8,
          f.program(0x100000, UserProcessLoopTest.sendrecOnce(PM_ENDPOINT, BUFFER)));
      f.loop.run(ONE_SECOND);
      assertEquals(List.of(Errno.EINVAL.wireValue(), OK, Errno.EBUSY.wireValue()), results,
          "a second exec finds no call waiting for the reply");
      UserContext after = context(f, USER);
      assertEquals(image, after.pageDirectory());
      assertEquals(7, after.register(ESI));
      assertEquals(0, after.register(UserContext.EAX), "the reply's result was not written");
      assertEquals(CODE + 6, after.eip());
      byte[] word = new byte[4];
      assertEquals(OK, new UserMemory(f.machine.memory()).copyIn(image, BUFFER + 8, word, 0, 4));
      assertEquals(0, word[0], "the reply's payload did not reach the new image");
    }
  }

  /**
   * mov edi,0x55; spin; the handler stores its argument at BUFFER+12 and returns to the
   * trampoline, which sends the context address (BUFFER+8) to PM with SENDREC.
   */
  private static final byte[] SIGNALLED = code(
      0xBF, le(0x55), // 0: mov edi, 0x55
      0xEB, 0xFE, // 5: jmp $
      0x8B, 0x7C, 0x24, 0x04, // 7: handler: mov edi, [esp+4]
      0x89, 0x3D, le(BUFFER + 12), // 11: mov [BUFFER+12], edi
      0xC3, // 17: ret
      0x8B, 0x54, 0x24, 0x04, // 18: trampoline: mov edx, [esp+4]
      0x89, 0x15, le(BUFFER + 8), // 22: mov [BUFFER+8], edx
      0xB8, le(IpcFunction.SENDREC.number()), // 28: mov eax, SENDREC
      0xBB, le(PM_ENDPOINT), // 33: mov ebx, PM
      0xB9, le(BUFFER), // 38: mov ecx, BUFFER
      0xCD, 0x21, // 43: int 0x21
      0xCC); // 45: int3
  private static final int HANDLER = CODE + 7;
  private static final int TRAMPOLINE = CODE + 18;

  @Test
  void aSignalRunsTheHandlerAndSigreturnRestoresEveryRegister() throws Exception {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      int[] user = new int[1];
      f.java(PM, "pm", sys -> {
        Message m = new Message();
        sys.setAlarm(2, false);
        sys.receive(Endpoint.ANY, m);
        results.add(sys.sigsend(user[0], new SignalFrame.Delivery(0, HANDLER, TRAMPOLINE, 0)));
        results.add(sys.sigsend(user[0],
            new SignalFrame.Delivery(2, HANDLER, TRAMPOLINE, 0x1234)));
        sys.receive(Endpoint.ANY, m);
        results.add(m.payload(1));
        results.add(sys.sigsend(user[0], new SignalFrame.Delivery(2, HANDLER, TRAMPOLINE, 0)));
        results.add((int) sys.sigreturn(user[0], m.payload(0) - 4));
        results.add((int) sys.sigreturn(user[0], m.payload(0)));
        sys.send(user[0], Message.of(0, 99));
      });
      user[0] = f.loop.spawnUser(USER, "sh", LoopFixture.user(PM), Scheduler.USER_QUEUE, 8,
          f.program(0x100000, SIGNALLED));
      assertEquals(RunLoop.Outcome.TIME_LIMIT, f.loop.run(ONE_SECOND));
      UserContext after = context(f, USER);
      assertEquals(CODE + 5, after.eip(), "back in the spin loop");
      assertEquals(0x55, after.register(EDI), "the handler's EDI was undone");
      assertEquals(STACK_TOP, after.register(UserContext.ESP));
    }
    assertEquals(List.of(Errno.EINVAL.wireValue(), OK, 2, Errno.EBUSY.wireValue(),
        Errno.EINVAL.wireValue(), 0x1234), results);
    int context = SignalFrame.contextAddress(STACK_TOP);
    assertEquals(0, (SignalFrame.frameAddress(context) + 4) % 16, "gcc's alignment at a call");
    assertTrue(context + SignalFrame.CONTEXT_SIZE <= STACK_TOP);
  }

  @Test
  void aSignalOnAnUnmappedStackIsRefusedAndChangesNothing() throws Exception {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      UserContext program = f.program(0x100000, UserProcessLoopTest.SPIN);
      UserContext offStack = new UserContext(program.pageDirectory(), CODE, 0x0080_0000);
      int user = f.loop.spawnUser(USER, "sh", LoopFixture.user(PM), Scheduler.USER_QUEUE, 8,
          offStack);
      f.java(PM, "pm", sys -> {
        results.add(sys.sigsend(user, new SignalFrame.Delivery(2, HANDLER, TRAMPOLINE, 0)));
        results.add(sys.sigsend(sys.endpoint(), new SignalFrame.Delivery(2, 0, 0, 0)));
        results.add(sys.sigsend(Endpoint.of(CHILD, 0), new SignalFrame.Delivery(2, 0, 0, 0)));
      });
      f.loop.run(ONE_SECOND);
      assertEquals(0x0080_0000, context(f, USER).register(UserContext.ESP));
      assertEquals(CODE, context(f, USER).eip());
    }
    assertEquals(List.of(Errno.EFAULT.wireValue(), Errno.EPERM.wireValue(),
        Errno.EDEADSRCDST.wireValue()), results);
  }
}
