package org.minix3j.kernel.grant;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minix3j.kernel.grant.GrantFixture.USER_BASE;
import static org.minix3j.kernel.grant.GrantFixture.pattern;

/**
 * Random offsets and lengths (small, near the edges, and any int) never copy outside the
 * granted range or the caller's buffer range, never throw, and copy exactly the asked bytes
 * when they succeed.
 */
class SafeCopyProperties {
  private static final int GRANT_START = USER_BASE + 0x0A00;
  private static final int GRANT_LENGTH = 0x1C00;
  private static final int SEEN = 0x3000;

  @Provide
  Arbitrary<Integer> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-4, 0x2000),
        Arbitraries.integers().between(GRANT_LENGTH - 8, GRANT_LENGTH + 8),
        Arbitraries.integers());
  }

  @Property(tries = 400)
  void copyToNeverWritesOutsideTheGrant(
      @ForAll("numbers") int offset, @ForAll("numbers") int length, @ForAll("numbers") int sourceOffset) {
    GrantFixture world = new GrantFixture();
    int id =
        world.grants.grantUser(world.user, world.driver.endpoint(), GrantAccess.READ_WRITE, GRANT_START, GRANT_LENGTH);
    byte[] source = pattern(0x2000, 77);
    byte[] before = world.userBytes(USER_BASE, SEEN);
    int result = world.grants.copyTo(world.driver, world.user.endpoint(), id, offset, source, sourceOffset, length);
    byte[] after = world.userBytes(USER_BASE, SEEN);
    byte[] expected = before.clone();
    if (result == Errno.OK_VALUE) {
      int at = GRANT_START - USER_BASE + offset;
      System.arraycopy(source, sourceOffset, expected, at, length);
      assertEquals(true, (long) offset + length <= GRANT_LENGTH);
    }
    assertArrayEquals(expected, after);
  }

  @Property(tries = 400)
  void copyFromNeverWritesOutsideTheCallersRange(
      @ForAll("numbers") int offset, @ForAll("numbers") int length, @ForAll("numbers") int destinationOffset) {
    GrantFixture world = new GrantFixture();
    world.setUserBytes(USER_BASE, pattern(SEEN, 5));
    int id = world.grants.grantUser(world.user, world.driver.endpoint(), GrantAccess.READ, GRANT_START, GRANT_LENGTH);
    byte[] destination = new byte[0x2000];
    Arrays.fill(destination, (byte) 0xEE);
    int result =
        world.grants.copyFrom(world.driver, world.user.endpoint(), id, offset, destination, destinationOffset, length);
    byte[] expected = new byte[0x2000];
    Arrays.fill(expected, (byte) 0xEE);
    if (result == Errno.OK_VALUE) {
      byte[] granted = world.userBytes(GRANT_START, GRANT_LENGTH);
      System.arraycopy(granted, offset, expected, destinationOffset, length);
    }
    assertArrayEquals(expected, destination);
  }

  @Property(tries = 300)
  void bufferGrantsKeepToTheirSlice(@ForAll("numbers") int offset, @ForAll("numbers") int length) {
    GrantFixture world = new GrantFixture();
    byte[] buffer = new byte[0x2400];
    int id = world.grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.WRITE, buffer, 0x100, GRANT_LENGTH);
    int result = world.grants.memset(world.driver, world.server.endpoint(), id, offset, 1, length);
    int filled = 0;
    for (int i = 0; i < buffer.length; i++) {
      if (buffer[i] != 0) {
        filled++;
        assertEquals(true, i >= 0x100 + offset && i < 0x100 + offset + length);
      }
    }
    assertEquals(result == Errno.OK_VALUE ? length : 0, filled);
  }

  @Property(tries = 300)
  void aGrantReachingAnUnmappedPageCopiesAllOrNothing(
      @ForAll("numbers") int offset, @ForAll("numbers") int length) {
    GrantFixture world = new GrantFixture();
    int mapped = 0x800; // the grant's last 0x800 bytes lie on an unmapped page
    int start = USER_BASE + GrantFixture.USER_PAGES * 0x1000 - mapped;
    int id = world.grants.grantUser(world.user, world.driver.endpoint(), GrantAccess.WRITE, start, 0x1000);
    byte[] source = pattern(0x1000, 3);
    int result = world.grants.copyTo(world.driver, world.user.endpoint(), id, offset, source, 0, length);
    byte[] expected = new byte[mapped];
    if (result == Errno.OK_VALUE) {
      System.arraycopy(source, 0, expected, offset, length);
    }
    assertArrayEquals(expected, world.userBytes(start, mapped));
    boolean possible = offset >= 0 && length >= 0 && (long) offset + length <= mapped;
    assertEquals(possible, result == Errno.OK_VALUE);
  }
}
