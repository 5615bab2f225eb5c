package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.servers.pm.table.PmProcess;

/**
 * PM driven message by message over a {@link FakeKernel}: a caller is blocked in IPC while PM
 * handles its call and until PM replies to it, as in the real kernel.
 */
final class PmHarness {
  static final int INIT = PmServer.INIT_ENDPOINT;

  final FakeKernel kernel = new FakeKernel();
  final PmServer pm;

  PmHarness() {
    this(PmConfiguration.defaults());
  }

  PmHarness(PmConfiguration config) {
    pm = new PmServer(kernel, config);
    pm.start();
  }

  /** Sends a call from {@code endpoint}; returns the reply PM sent it meanwhile, or null. */
  FakeKernel.@Nullable Event call(int endpoint, int type, int... words) {
    int mark = kernel.events.size();
    int[] raw = new int[Message.WORDS];
    raw[0] = endpoint;
    raw[1] = type;
    System.arraycopy(words, 0, raw, 2, words.length);
    Message message = new Message();
    message.copyFrom(raw);
    kernel.blockedInIpc.add(endpoint);
    pm.handle(message);
    return replyTo(endpoint, mark);
  }

  /** A call that must be answered; its reply. */
  FakeKernel.Event answered(int endpoint, int type, int... words) {
    FakeKernel.Event reply = call(endpoint, type, words);
    reply = PmHarness.present(reply);
    return reply;
  }

  /** {@code event}, which must be there. */
  static FakeKernel.Event present(FakeKernel.@Nullable Event event) {
    if (event == null) {
      throw new AssertionError("expected a reply");
    }
    return event;
  }

  /** A call that must be deferred. */
  void deferred(int endpoint, int type, int... words) {
    assertNull(call(endpoint, type, words), "call " + type + " was answered");
  }

  /** The result of an answered call. */
  int result(int endpoint, int type, int... words) {
    return answered(endpoint, type, words).type();
  }

  /** A notification from {@code source}; returns the index of the first event it caused. */
  int notifyFrom(int source) {
    int mark = kernel.events.size();
    int[] raw = new int[Message.WORDS];
    raw[0] = source;
    raw[1] = Notification.TYPE;
    Message message = new Message();
    message.copyFrom(raw);
    pm.handle(message);
    return mark;
  }

  /** The first reply sent to {@code endpoint} at or after event {@code mark}, or null. */
  FakeKernel.@Nullable Event replyTo(int endpoint, int mark) {
    for (int i = mark; i < kernel.events.size(); i++) {
      FakeKernel.Event event = kernel.events.get(i);
      if (event.kind().equals("send") && event.target() == endpoint) {
        return event;
      }
    }
    return null;
  }

  /** Forks {@code parent}; returns the child's endpoint. */
  int fork(int parent) {
    int pid = result(parent, PmCalls.FORK);
    if (pid <= 0) {
      throw new AssertionError("fork failed: " + pid);
    }
    return process(pid).endpoint;
  }

  /** The process with {@code pid}. */
  PmProcess process(int pid) {
    PmProcess process = pm.table().byPid(pid);
    if (process == null) {
      throw new AssertionError("no process " + pid);
    }
    return process;
  }

  /** The pid of the live process at {@code endpoint}. */
  int pid(int endpoint) {
    PmProcess process = pm.table().byEndpoint(endpoint);
    if (process == null) {
      throw new AssertionError("no live process at " + endpoint);
    }
    return process.pid;
  }
}
