package org.minix3j.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AbiNumbersTest {

  @Test
  void errorNumbersAreDistinctAndRoundTrip() {
    Set<Integer> seen = new HashSet<>();
    for (Errno errno : Errno.values()) {
      assertTrue(seen.add(errno.number()), "duplicate number " + errno.number());
      assertTrue(errno.wireValue() < 0);
      assertEquals(errno, Errno.fromValue(errno.wireValue()));
      assertEquals(errno, Errno.fromValue(errno.number()));
    }
    assertNull(Errno.fromValue(Errno.OK_VALUE));
    assertEquals(-105, Errno.EDEADSRCDST.wireValue());
  }

  @Test
  void ipcFunctionsRoundTripAndHaveDistinctMaskBits() {
    int mask = 0;
    for (IpcFunction function : IpcFunction.values()) {
      assertEquals(function, IpcFunction.fromNumber(function.number()));
      assertEquals(0, mask & function.maskBit());
      mask |= function.maskBit();
    }
    assertNull(IpcFunction.fromNumber(0));
    assertNull(IpcFunction.fromNumber(99));
  }

  @Test
  void messageLayoutFillsSixtyFourBytes() {
    assertEquals(14, MessageLayout.PAYLOAD_WORDS);
    assertEquals(MessageLayout.SIZE - Integer.BYTES, MessageLayout.payloadOffset(13));
  }
}
