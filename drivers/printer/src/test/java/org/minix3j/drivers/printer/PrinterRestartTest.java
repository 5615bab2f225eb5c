package org.minix3j.drivers.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.testing.FakeSystemCalls;

/**
 * Print jobs across the driver's death: an instance dies at its k-th kernel entry, for every k
 * of a run that prints two jobs; VFS (played here) sends every job that had no final answer
 * again with REISSUE to a fresh instance, which shares the port and DS with the dead one. The
 * paper must hold both jobs exactly, each job gets exactly one final answer with its count.
 */
class PrinterRestartTest {
  private static final int VFS = SystemSlots.VFS;
  private static final int USER = SystemSlots.FIRST_USER;
  private static final int DS = SystemSlots.DS;

  /** The instance's death at a kernel entry. */
  private static final class Died extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private final FakePrinterPort lpt = new FakePrinterPort();
  private final Map<String, byte[]> store = new LinkedHashMap<>();

  private static String text(int length, char first) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) (first + i % 23));
    }
    return text.toString();
  }

  /** A kernel whose DS keeps {@link #store} and whose port is {@link #lpt}. */
  private FakeSystemCalls kernel() {
    FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.PRINTER);
    sys.ports = lpt;
    sys.responder = (destination, m) -> {
      if (destination != DS) {
        m.clear();
        m.setType(Errno.EDEADSRCDST.wireValue());
        return;
      }
      String key = new String(sys.grant(SystemSlots.PRINTER, m.payload(0)).bytes(), 0,
          m.payload(1), StandardCharsets.US_ASCII);
      int type = m.type();
      if (type == DsCalls.PUBLISH) {
        byte[] value = sys.grant(SystemSlots.PRINTER, m.payload(4)).bytes();
        store.put(key, Arrays.copyOf(value, m.payload(5)));
        m.clear();
        m.setType(Errno.OK_VALUE);
      } else if (type == DsCalls.RETRIEVE && store.containsKey(key)) {
        byte[] value = store.get(key);
        FakeSystemCalls.Grant into = sys.grant(SystemSlots.PRINTER, m.payload(3));
        System.arraycopy(value, 0, into.buffer(), into.offset(), value.length);
        m.clear();
        m.setType(Errno.OK_VALUE).setPayload(1, value.length);
      } else {
        m.clear();
        m.setType(Errno.ESRCH.wireValue());
      }
    };
    return sys;
  }

  /** {@code sys} as the driver sees it, dying at kernel entry {@code death} (0: never). */
  private static SystemCalls dyingAt(FakeSystemCalls sys, int death) {
    return (SystemCalls) Proxy.newProxyInstance(SystemCalls.class.getClassLoader(),
        new Class<?>[] {SystemCalls.class}, new Dying(sys, death));
  }

  /** Passes every kernel call on, and throws {@link Died} instead at entry {@code death}. */
  private static final class Dying implements InvocationHandler {
    private final FakeSystemCalls sys;
    private final int death;
    private int entries;

    Dying(FakeSystemCalls sys, int death) {
      this.sys = sys;
      this.death = death;
    }

    @Override
    @SuppressWarnings("nullness") // a void call's result is null, as reflection has it
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
      if (method.getDeclaringClass() == SystemCalls.class && ++entries == death) {
        throw new Died();
      }
      try {
        return method.invoke(sys, arguments);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw cause == null ? e : cause;
      }
    }
  }

  /** Runs the driver on {@code sys} until the script ends or it dies; whether it died. */
  private static boolean run(FakeSystemCalls sys, int death) throws Exception {
    SystemProcess driver = new PrinterDriver(PrinterConfig.LPT1);
    try {
      driver.run(dyingAt(sys, death));
    } catch (FakeSystemCalls.Stop end) {
      return false;
    } catch (Died died) {
      return true;
    }
    throw new AssertionError("the driver's loop ended");
  }

  private static Message write(FakeSystemCalls sys, int id, String text, int flags) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int grant = sys.peerGrant(VFS, GrantAccess.READ, bytes);
    return FakeSystemCalls.from(VFS, CharDevice.WRITE, 0, id, grant, bytes.length, 0, flags, USER);
  }

  private void interrupts(FakeSystemCalls sys, int times) {
    for (int i = 0; i < times; i++) {
      sys.then(lpt::finish)
          .deliver(FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << 7));
    }
    for (int i = 0; i < 4; i++) {
      sys.deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS));
    }
  }

  /** The final answers {@code sys}'s instance gave: request id to status. */
  private static Map<Integer, Integer> answers(FakeSystemCalls sys) {
    Map<Integer, Integer> answers = new LinkedHashMap<>();
    for (Message m : sys.sentTo(VFS)) {
      if (m.type() == CharDevice.REVIVE
          || (m.type() == CharDevice.REPLY && m.payload(2) != CharDevice.SUSPENDED)) {
        Integer before = answers.put(m.payload(0), m.payload(1));
        assertEquals(null, before, "one answer per job");
      }
    }
    return answers;
  }

  @Test
  void twoJobsPrintExactlyWhereverTheDriverDies() throws Exception {
    List<String> jobs = List.of(text(700, 'a'), text(90, 'A'));
    int deaths = 0;
    for (int death = 1; ; death++) {
      lpt.reset();
      store.clear();
      FakeSystemCalls first = kernel();
      first.deliver(write(first, 1, jobs.get(0), 0)).deliver(write(first, 2, jobs.get(1), 0));
      interrupts(first, 900);
      boolean died = run(first, death);
      Map<Integer, Integer> answered = answers(first);
      if (died) {
        deaths++;
        FakeSystemCalls second = kernel();
        for (int id = 1; id <= jobs.size(); id++) {
          if (!answered.containsKey(id)) { // VFS sends it again, in id order
            second.deliver(write(second, id, jobs.get(id - 1), CharDevice.REISSUE));
          }
        }
        interrupts(second, 900);
        assertTrue(!run(second, 0));
        for (Map.Entry<Integer, Integer> answer : answers(second).entrySet()) {
          assertEquals(null, answered.put(answer.getKey(), answer.getValue()),
              "job " + answer.getKey() + " answered by both instances, death at " + death);
        }
      }
      String context = "the first instance died at kernel entry " + death;
      assertEquals(jobs.get(0) + jobs.get(1), lpt.paper(), context);
      assertEquals(Map.of(1, 700, 2, 90), answered, context);
      assertEquals(0, lpt.lostStrobes, context);
      if (!died) {
        break;
      }
    }
    assertTrue(deaths > 800, "every kernel entry of the run was a death point: " + deaths);
  }

  @Test
  void aRestartedInstanceTakesThePortOverWithoutResettingIt() throws Exception {
    FakeSystemCalls first = kernel();
    first.deliver(write(first, 7, "abc", 0));
    assertTrue(!run(first, 0));
    assertTrue(lpt.busy(), "the first byte is being printed");
    int writes = lpt.controlWrites;
    FakeSystemCalls second = kernel();
    assertTrue(!run(second, 0));
    assertTrue(lpt.busy(), "no INIT pulse: the byte being printed is not lost");
    assertEquals(writes + 1, lpt.controlWrites);
    assertEquals(PrinterPort.RUNNING, lpt.control());
  }

  @Test
  void aJobReissuedAfterItEndedIsAnsweredAtOnceAndNotPrintedAgain() throws Exception {
    FakeSystemCalls first = kernel();
    first.deliver(write(first, 3, "done\n", 0));
    first.then(lpt::finish).then(lpt::finish);
    for (int i = 0; i < 6; i++) {
      first.then(lpt::finish)
          .deliver(FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << 7));
    }
    assertTrue(!run(first, 0));
    assertEquals("done\n", lpt.paper());
    List<Integer> types = new ArrayList<>();
    for (Message m : first.sentTo(VFS)) {
      types.add(m.type());
    }
    assertEquals(List.of(CharDevice.REPLY), types, "the REVIVE was never asked for");
    FakeSystemCalls second = kernel();
    second.deliver(write(second, 3, "done\n", CharDevice.REISSUE))
        .deliver(write(second, 4, "next\n", CharDevice.REISSUE));
    interrupts(second, 10);
    assertTrue(!run(second, 0));
    assertEquals("done\nnext\n", lpt.paper());
    assertEquals(Map.of(3, 5, 4, 5), answers(second));
  }
}
