package org.minix3j.kernel.grant;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.kernel.grant.GrantFixture.USER_BASE;

/** The refusals of grant creation; a refused creation leaves the table as it was. */
class GrantCreationTest {
  private final GrantFixture world = new GrantFixture(4);
  private final Grants grants = world.grants;

  @Test
  void aFullTableIsEnospc() {
    for (int i = 0; i < 4; i++) {
      assertTrue(grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, new byte[1], 0, 1) >= 0);
    }
    assertEquals(
        Errno.ENOSPC.wireValue(),
        grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, new byte[1], 0, 1));
    assertEquals(4, grants.table(world.server.slot()).inUse());
  }

  @Test
  void badRangesAreEinvalOrEfault() {
    int grantee = world.driver.endpoint();
    assertEquals(Errno.EINVAL.wireValue(), grants.grantUser(world.user, grantee, GrantAccess.READ, USER_BASE, -1));
    assertEquals(Errno.EFAULT.wireValue(), grants.grantUser(world.user, grantee, GrantAccess.READ, 0xFFFFF000, 0x1001));
    assertEquals(Errno.EFAULT.wireValue(), grants.grantBuffer(world.server, grantee, GrantAccess.READ, new byte[8], 4, 5));
    assertEquals(Errno.EFAULT.wireValue(), grants.grantBuffer(world.server, grantee, GrantAccess.READ, new byte[8], -1, 1));
    assertEquals(Errno.EINVAL.wireValue(), grants.grantBuffer(world.server, grantee, GrantAccess.READ, new byte[8], 0, -8));
    assertEquals(0, grants.table(world.user.slot()).inUse());
    assertEquals(0, grants.table(world.server.slot()).inUse());
  }

  @Test
  void theGranteeMustBeALiveProcessEndpoint() {
    assertEquals(Errno.EBADSRCDST.wireValue(), grants.grantBuffer(world.server, Endpoint.ANY, GrantAccess.READ, new byte[1], 0, 1));
    assertEquals(Errno.EBADSRCDST.wireValue(), grants.grantBuffer(world.server, Endpoint.of(16, 0), GrantAccess.READ, new byte[1], 0, 1));
    assertEquals(Errno.EDEADSRCDST.wireValue(), grants.grantBuffer(world.server, Endpoint.of(9, 0), GrantAccess.READ, new byte[1], 0, 1));
    assertEquals(
        Errno.EDEADSRCDST.wireValue(),
        grants.grantBuffer(world.server, Endpoint.of(world.driver.slot(), 1), GrantAccess.READ, new byte[1], 0, 1));
  }

  @Test
  void aJavaProcessHasNoUserMemoryToGrant() {
    assertEquals(
        Errno.EFAULT.wireValue(), grants.grantUser(world.server, world.driver.endpoint(), GrantAccess.READ, USER_BASE, 4));
  }

  @Test
  void magicGrantsNeedTheRight() {
    assertEquals(
        Errno.EPERM.wireValue(),
        grants.grantMagic(world.server, world.driver.endpoint(), GrantAccess.WRITE, world.user.endpoint(), USER_BASE, 16));
    assertEquals(
        Errno.EPERM.wireValue(),
        grants.grantMagic(world.user, world.driver.endpoint(), GrantAccess.WRITE, world.user2.endpoint(), 0x20000, 16));
    assertEquals(0, grants.table(world.server.slot()).inUse());
    assertTrue(
        grants.grantMagic(world.vfs, world.driver.endpoint(), GrantAccess.WRITE, world.user.endpoint(), USER_BASE, 16) >= 0);
  }

  @Test
  void noRightAtAllMeansNoMagicGrants() {
    Grants strict =
        new Grants(world.processes, world.spaces, world.memory, MagicGrantRight.NOBODY, GrantTable.DEFAULT_CAPACITY);
    assertEquals(
        Errno.EPERM.wireValue(),
        strict.grantMagic(world.vfs, world.driver.endpoint(), GrantAccess.READ, world.user.endpoint(), USER_BASE, 16));
  }

  @Test
  void aMagicGrantsTargetMustBeALiveUserProcess() {
    int grantee = world.driver.endpoint();
    assertEquals(
        Errno.EFAULT.wireValue(),
        grants.grantMagic(world.vfs, grantee, GrantAccess.READ, world.server.endpoint(), USER_BASE, 16));
    assertEquals(
        Errno.EDEADSRCDST.wireValue(),
        grants.grantMagic(world.vfs, grantee, GrantAccess.READ, Endpoint.of(9, 0), USER_BASE, 16));
    assertEquals(
        Errno.EBADSRCDST.wireValue(),
        grants.grantMagic(world.vfs, grantee, GrantAccess.READ, Endpoint.SELF, USER_BASE, 16));
  }

  @Test
  void grantIdsRoundTripAndStayNonNegative() {
    int id = GrantId.of(GrantId.MAX_ENTRIES - 1, GrantId.SEQUENCE_LIMIT - 1);
    assertTrue(id >= 0);
    assertEquals(GrantId.MAX_ENTRIES - 1, GrantId.index(id));
    assertEquals(GrantId.SEQUENCE_LIMIT - 1, GrantId.sequence(id));
    assertEquals(1, GrantId.nextSequence(GrantId.SEQUENCE_LIMIT - 1));
  }
}
