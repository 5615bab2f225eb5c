package org.minix3j.kernel.grant;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.kernel.grant.GrantFixture.USER2_BASE;
import static org.minix3j.kernel.grant.GrantFixture.USER_BASE;
import static org.minix3j.kernel.grant.GrantFixture.pattern;

/** Creating grants, copying through them, and memset: the successful paths. */
class GrantsTest {
  private static final int OK = Errno.OK_VALUE;
  private final GrantFixture world = new GrantFixture();
  private final Grants grants = world.grants;

  @Test
  void aDriverReadsAServersBufferThroughAReadGrant() {
    byte[] buffer = pattern(256, 1);
    int id = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, buffer, 16, 200);
    assertTrue(id >= 0);
    byte[] into = new byte[50];
    assertEquals(OK, grants.copyFrom(world.driver, world.server.endpoint(), id, 10, into, 0, 50));
    assertArrayEquals(Arrays.copyOfRange(buffer, 26, 76), into);
  }

  @Test
  void aServerWritesAUsersGrantedRangeAcrossPageBoundaries() {
    int address = USER_BASE + 0xF00;
    int id = grants.grantUser(world.user, world.server.endpoint(), GrantAccess.WRITE, address, 0x1200);
    byte[] data = pattern(0x1180, 5);
    assertEquals(OK, grants.copyTo(world.server, world.user.endpoint(), id, 0x40, data, 0, data.length));
    assertArrayEquals(data, world.userBytes(address + 0x40, data.length));
    assertEquals(0, world.userBytes(address + 0x3F, 1)[0]);
  }

  @Test
  void aMagicGrantLetsADriverWriteStraightIntoAUsersBuffer() {
    int id =
        grants.grantMagic(
            world.vfs, world.driver.endpoint(), GrantAccess.READ_WRITE, world.user.endpoint(), USER_BASE + 0x800, 0x1000);
    assertTrue(id >= 0);
    byte[] block = pattern(0x1000, 7);
    assertEquals(OK, grants.copyTo(world.driver, world.vfs.endpoint(), id, 0, block, 0, block.length));
    assertArrayEquals(block, world.userBytes(USER_BASE + 0x800, 0x1000));
    byte[] back = new byte[0x1000];
    assertEquals(OK, grants.copyFrom(world.driver, world.vfs.endpoint(), id, 0, back, 0, back.length));
    assertArrayEquals(block, back);
  }

  @Test
  void aUserProcessCopiesBetweenAGrantAndItsOwnMemory() {
    byte[] buffer = pattern(100, 3);
    int id = grants.grantBuffer(world.server, world.user.endpoint(), GrantAccess.READ_WRITE, buffer, 0, 100);
    assertEquals(OK, grants.copyFrom(world.user, world.server.endpoint(), id, 0, USER_BASE + 0xFF0, 100));
    assertArrayEquals(buffer, world.userBytes(USER_BASE + 0xFF0, 100));
    world.setUserBytes(USER_BASE + 0x2000, pattern(20, 99));
    assertEquals(OK, grants.copyTo(world.user, world.server.endpoint(), id, 80, USER_BASE + 0x2000, 20));
    assertArrayEquals(pattern(20, 99), Arrays.copyOfRange(buffer, 80, 100));
  }

  @Test
  void oneUserProcessCopiesFromAnothersGrantAcrossAddressSpaces() {
    world.setUserBytes(USER_BASE + 0x1800, pattern(0x1000, 11));
    int id = grants.grantUser(world.user, world.user2.endpoint(), GrantAccess.READ, USER_BASE + 0x1800, 0x1000);
    assertEquals(OK, grants.copyFrom(world.user2, world.user.endpoint(), id, 0, USER2_BASE + 0x400, 0x1000));
    byte[] back = new byte[0x1000];
    assertEquals(OK, world.memory.copyIn(world.user2Directory, USER2_BASE + 0x400, back, 0, back.length));
    assertArrayEquals(pattern(0x1000, 11), back);
  }

  @Test
  void memsetFillsAWriteGrantInUserMemoryOrInABuffer() {
    int id = grants.grantUser(world.user, world.vfs.endpoint(), GrantAccess.WRITE, USER_BASE, 0x3000);
    world.setUserBytes(USER_BASE + 0xFFF, new byte[] {1, 2, 3});
    assertEquals(OK, grants.memset(world.vfs, world.user.endpoint(), id, 0xFFF, 0, 2));
    assertArrayEquals(new byte[] {0, 0, 3}, world.userBytes(USER_BASE + 0xFFF, 3));
    byte[] buffer = new byte[8];
    int bufferId = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.WRITE, buffer, 2, 4);
    assertEquals(OK, grants.memset(world.driver, world.server.endpoint(), bufferId, 1, 0x7F, 3));
    assertArrayEquals(new byte[] {0, 0, 0, 0x7F, 0x7F, 0x7F, 0, 0}, buffer);
  }

  @Test
  void aZeroLengthGrantAndCopyAreAllowed() {
    int id = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, new byte[0], 0, 0);
    assertEquals(OK, grants.copyFrom(world.driver, world.server.endpoint(), id, 0, new byte[0], 0, 0));
  }

  @Test
  void aRevokedIdIsNotMatchedByTheNewGrantInTheSameEntry() {
    byte[] buffer = new byte[4];
    int first = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, buffer, 0, 4);
    assertEquals(OK, grants.revoke(world.server, first));
    int second = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, buffer, 0, 4);
    assertEquals(GrantId.index(first), GrantId.index(second));
    assertNotEquals(first, second);
    assertEquals(Errno.ENOENT.wireValue(), grants.copyFrom(world.driver, world.server.endpoint(), first, 0, new byte[4], 0, 4));
    assertEquals(OK, grants.copyFrom(world.driver, world.server.endpoint(), second, 0, new byte[4], 0, 4));
  }

  @Test
  void grantsUseTheLowestFreeEntryAndTheTableCountsThem() {
    int a = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, new byte[1], 0, 1);
    int b = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, new byte[1], 0, 1);
    assertEquals(0, GrantId.index(a));
    assertEquals(1, GrantId.index(b));
    assertEquals(2, grants.table(world.server.slot()).inUse());
    assertEquals(0, grants.table(world.driver.slot()).inUse());
  }
}
