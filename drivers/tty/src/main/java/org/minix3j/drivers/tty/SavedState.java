package org.minix3j.drivers.tty;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.protocol.DsCalls;

/**
 * The console's state that outlives the driver: the foreground process group and the termios
 * settings, kept in DS under the private key {@value #KEY} ({@link DsCalls#PRIVATE}: DS gives
 * it back to the tty label alone, so to a restarted copy of this driver and to no one else).
 *
 * <p>{@link #restore} runs once at start, before the first request: a fresh copy after a
 * restart finds what its predecessor saved, and the shell's group still gets ^C, ^\ and ^Z; at
 * boot there is nothing yet (ESRCH) and the defaults stay. {@link #saveIfChanged} runs after
 * everything that may change the state (a request, a drained settings change) and publishes
 * only when the bytes differ from what was last saved or restored. DS is reached with SENDREC;
 * the key and the value travel in grants made for the call and revoked after it. A DS that
 * refuses or is gone costs the state, never the terminal.
 *
 * <p>Value layout ({@value #STATE_BYTES} bytes, little-endian): the foreground group, then the
 * termios in its wire form.
 */
final class SavedState {
  /** The DS key of the console's state. */
  static final String KEY = "tty.console";

  /** The saved value's size: the group, then the termios. */
  static final int STATE_BYTES = 4 + TermiosLayout.TERMIOS_BYTES;

  private static final int DS = Endpoint.of(SystemSlots.DS, 0);

  private final SystemCalls sys;
  private final byte[] key = KEY.getBytes(StandardCharsets.US_ASCII);
  private final byte[] state = new byte[STATE_BYTES];
  private final byte[] saved = new byte[STATE_BYTES];
  private final byte[] settings = new byte[TermiosLayout.TERMIOS_BYTES];
  private final Message message = new Message();

  SavedState(SystemCalls sys) {
    this.sys = sys;
  }

  /** Takes back the state DS holds for this driver, if any; returns whether there was one. */
  boolean restore(Terminal terminal) {
    encode(terminal, saved); // the defaults count as saved: nothing is published for them
    int keyGrant = sys.grant(DS, GrantAccess.READ, key, 0, key.length);
    if (keyGrant < 0) {
      return false;
    }
    int stateGrant = sys.grant(DS, GrantAccess.WRITE, state, 0, state.length);
    try {
      if (stateGrant < 0) {
        return false;
      }
      message.clear();
      message.setType(DsCalls.RETRIEVE).setPayload(0, keyGrant).setPayload(1, key.length)
          .setPayload(2, DsCalls.KIND_MEMORY).setPayload(3, stateGrant)
          .setPayload(4, state.length);
      if (sys.sendrec(DS, message) != Errno.OK_VALUE || message.type() != Errno.OK_VALUE
          || message.payload(1) != STATE_BYTES) {
        return false; // nothing saved (ESRCH at boot), or DS could not say
      }
    } finally {
      if (stateGrant >= 0) {
        sys.revokeGrant(stateGrant);
      }
      sys.revokeGrant(keyGrant);
    }
    int group = Termios.getInt(state, 0);
    terminal.foreground = Math.max(group, 0);
    terminal.termios.decode(Arrays.copyOfRange(state, 4, STATE_BYTES));
    System.arraycopy(state, 0, saved, 0, STATE_BYTES);
    return true;
  }

  /** Publishes the state if it changed since it was last saved or restored. */
  void saveIfChanged(Terminal terminal) {
    encode(terminal, state);
    if (Arrays.equals(state, saved)) {
      return;
    }
    System.arraycopy(state, 0, saved, 0, STATE_BYTES); // a refusal is not asked again and again
    int keyGrant = sys.grant(DS, GrantAccess.READ, key, 0, key.length);
    if (keyGrant < 0) {
      return;
    }
    int stateGrant = sys.grant(DS, GrantAccess.READ, state, 0, state.length);
    if (stateGrant >= 0) {
      message.clear();
      message.setType(DsCalls.PUBLISH).setPayload(0, keyGrant).setPayload(1, key.length)
          .setPayload(2, DsCalls.KIND_MEMORY).setPayload(4, stateGrant)
          .setPayload(5, state.length).setPayload(6, DsCalls.OVERWRITE | DsCalls.PRIVATE);
      sys.sendrec(DS, message); // a refusal loses the state after a restart, nothing else
      sys.revokeGrant(stateGrant);
    }
    sys.revokeGrant(keyGrant);
  }

  private void encode(Terminal terminal, byte[] into) {
    Termios.putInt(into, 0, terminal.foreground);
    terminal.termios.encode(settings);
    System.arraycopy(settings, 0, into, 4, settings.length);
  }
}
