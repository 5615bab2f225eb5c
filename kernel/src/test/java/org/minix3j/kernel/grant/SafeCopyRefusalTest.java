package org.minix3j.kernel.grant;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.kernel.memory.PageTables;
import org.minix3j.kernel.proc.ProcessSlot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minix3j.kernel.grant.GrantFixture.USER_BASE;
import static org.minix3j.kernel.grant.GrantFixture.pattern;

/** Every refusal of the copy path, each with its own error, and that a refusal copies nothing. */
class SafeCopyRefusalTest {
  private final GrantFixture world = new GrantFixture();
  private final Grants grants = world.grants;
  private final byte[] buffer = pattern(64, 1);
  private final int readGrant =
      grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.READ, buffer, 0, 64);
  private final byte[] into = new byte[64];

  private int copyFromServer(ProcessSlot caller, int id, int offset, int length) {
    return grants.copyFrom(caller, world.server.endpoint(), id, offset, into, 0, length);
  }

  @Test
  void anIdThatNamesNoGrantIsEnxio() {
    int enxio = Errno.ENXIO.wireValue();
    assertEquals(enxio, copyFromServer(world.driver, -1, 0, 1));
    assertEquals(enxio, copyFromServer(world.driver, GrantId.of(GrantTable.DEFAULT_CAPACITY, 1), 0, 1));
    assertEquals(enxio, copyFromServer(world.driver, GrantId.of(5, 1), 0, 1));
    assertEquals(enxio, copyFromServer(world.driver, GrantId.index(readGrant), 0, 1)); // sequence 0
  }

  @Test
  void aRevokedGrantIsEnoent() {
    assertEquals(Errno.OK_VALUE, grants.revoke(world.server, readGrant));
    assertEquals(Errno.ENOENT.wireValue(), copyFromServer(world.driver, readGrant, 0, 1));
    assertEquals(Errno.ENOENT.wireValue(), grants.revoke(world.server, readGrant));
  }

  @Test
  void onlyTheGranterRevokes() {
    // The driver's revoke looks in the driver's own (empty) table.
    assertEquals(Errno.ENXIO.wireValue(), grants.revoke(world.driver, readGrant));
    assertEquals(Errno.OK_VALUE, copyFromServer(world.driver, readGrant, 0, 1));
  }

  @Test
  void aCallerThatIsNotTheGranteeIsEperm() {
    assertEquals(Errno.EPERM.wireValue(), copyFromServer(world.vfs, readGrant, 0, 1));
    assertEquals(Errno.EPERM.wireValue(), copyFromServer(world.server, readGrant, 0, 1));
  }

  @Test
  void aRestartedGranteeCannotUseItsPredecessorsGrants() {
    world.processes.vacate(world.driver);
    world.grants.clear(world.driver.slot());
    ProcessSlot restarted = world.processes.occupy(world.driver.slot(), "driver");
    assertEquals(Errno.EPERM.wireValue(), copyFromServer(restarted, readGrant, 0, 1));
  }

  @Test
  void theWrongDirectionIsEacces() {
    assertEquals(Errno.EACCES.wireValue(), grants.copyTo(world.driver, world.server.endpoint(), readGrant, 0, into, 0, 1));
    assertEquals(Errno.EACCES.wireValue(), grants.memset(world.driver, world.server.endpoint(), readGrant, 0, 0, 1));
    int writeOnly = grants.grantBuffer(world.server, world.driver.endpoint(), GrantAccess.WRITE, buffer, 0, 64);
    assertEquals(Errno.EACCES.wireValue(), copyFromServer(world.driver, writeOnly, 0, 1));
    assertArrayEquals(pattern(64, 1), buffer);
  }

  @Test
  void aRangeBeyondTheGrantIsErangeEvenWhenTheSumOverflows() {
    int erange = Errno.ERANGE.wireValue();
    assertEquals(erange, copyFromServer(world.driver, readGrant, 60, 5));
    assertEquals(erange, copyFromServer(world.driver, readGrant, 65, 0));
    assertEquals(erange, copyFromServer(world.driver, readGrant, Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals(erange, copyFromServer(world.driver, readGrant, 1, Integer.MAX_VALUE));
    assertEquals(Errno.OK_VALUE, copyFromServer(world.driver, readGrant, 60, 4));
  }

  @Test
  void aNegativeOffsetOrLengthIsEinval() {
    assertEquals(Errno.EINVAL.wireValue(), copyFromServer(world.driver, readGrant, -1, 1));
    assertEquals(Errno.EINVAL.wireValue(), copyFromServer(world.driver, readGrant, 0, -1));
    assertEquals(Errno.EINVAL.wireValue(), grants.memset(world.driver, world.server.endpoint(), readGrant, 0, 0, Integer.MIN_VALUE));
  }

  @Test
  void aBadAddressOnTheCallersSideIsEfault() {
    assertEquals(Errno.EFAULT.wireValue(), grants.copyFrom(world.driver, world.server.endpoint(), readGrant, 0, into, 32, 40));
    assertEquals(Errno.EFAULT.wireValue(), grants.copyFrom(world.driver, world.server.endpoint(), readGrant, 0, into, -1, 4));
    // A Java process has no user memory.
    assertEquals(Errno.EFAULT.wireValue(), grants.copyFrom(world.driver, world.server.endpoint(), readGrant, 0, USER_BASE, 4));
    // A user process's own buffer that runs into an unmapped page.
    int forUser = grants.grantBuffer(world.server, world.user.endpoint(), GrantAccess.READ, buffer, 0, 64);
    assertEquals(Errno.EFAULT.wireValue(), grants.copyFrom(world.user, world.server.endpoint(), forUser, 0, USER_BASE + 0x2FF0, 32));
    assertArrayEquals(new byte[16], world.userBytes(USER_BASE + 0x2FF0, 16));
  }

  @Test
  void aBadAddressOnTheGrantSideIsEfaultAndCopiesNothing() {
    int id = grants.grantUser(world.user, world.driver.endpoint(), GrantAccess.WRITE, USER_BASE + 0x2800, 0x1000);
    byte[] data = pattern(0x1000, 3);
    assertEquals(Errno.EFAULT.wireValue(), grants.copyTo(world.driver, world.user.endpoint(), id, 0, data, 0, 0x1000));
    assertArrayEquals(new byte[0x800], world.userBytes(USER_BASE + 0x2800, 0x800));
    assertEquals(Errno.OK_VALUE, grants.copyTo(world.driver, world.user.endpoint(), id, 0, data, 0, 0x800));
    assertEquals(Errno.EFAULT.wireValue(), grants.memset(world.driver, world.user.endpoint(), id, 0x7FF, 0, 2));
  }

  @Test
  void aReadOnlyPageUnderAWriteGrantIsEfault() {
    int frame = world.pageTables.tableEntry(world.userDirectory, USER_BASE + 0x1000) & 0xFFFFF000;
    world.pageTables.setTableEntry(world.userDirectory, USER_BASE + 0x1000, frame | PageTables.USER_READ_ONLY);
    int id = grants.grantUser(world.user, world.driver.endpoint(), GrantAccess.READ_WRITE, USER_BASE, 0x3000);
    assertEquals(Errno.EFAULT.wireValue(), grants.copyTo(world.driver, world.user.endpoint(), id, 0xFF0, into, 0, 32));
    assertEquals(Errno.OK_VALUE, grants.copyFrom(world.driver, world.user.endpoint(), id, 0xFF0, into, 0, 32));
  }

  @Test
  void aDeadGranterIsEdeadsrcdstAndANonEndpointIsEbadsrcdst() {
    assertEquals(Errno.EBADSRCDST.wireValue(), grants.copyFrom(world.driver, Endpoint.NONE, readGrant, 0, into, 0, 1));
    assertEquals(Errno.EBADSRCDST.wireValue(), grants.copyFrom(world.driver, Endpoint.of(100, 0), readGrant, 0, into, 0, 1));
    int oldServer = world.server.endpoint();
    world.processes.vacate(world.server);
    world.grants.clear(world.server.slot());
    assertEquals(Errno.EDEADSRCDST.wireValue(), grants.copyFrom(world.driver, oldServer, readGrant, 0, into, 0, 1));
    ProcessSlot restarted = world.processes.occupy(world.server.slot(), "server");
    assertEquals(Errno.EDEADSRCDST.wireValue(), grants.copyFrom(world.driver, oldServer, readGrant, 0, into, 0, 1));
    // The new server's table was cleared: the old id names a revoked grant there.
    assertEquals(Errno.ENOENT.wireValue(), grants.copyFrom(world.driver, restarted.endpoint(), readGrant, 0, into, 0, 1));
  }

  @Test
  void aMagicGrantWhoseTargetExitedIsEdeadsrcdst() {
    int id =
        grants.grantMagic(world.vfs, world.driver.endpoint(), GrantAccess.READ, world.user.endpoint(), USER_BASE, 16);
    world.processes.vacate(world.user);
    assertEquals(Errno.EDEADSRCDST.wireValue(), grants.copyFrom(world.driver, world.vfs.endpoint(), id, 0, into, 0, 16));
    world.processes.occupy(world.user.slot(), "user again");
    assertEquals(Errno.EDEADSRCDST.wireValue(), grants.copyFrom(world.driver, world.vfs.endpoint(), id, 0, into, 0, 16));
  }

  @Test
  void checksComeInTheirFixedOrder() {
    // Negative length before a dead granter; wrong grantee before wrong access; access before range.
    assertEquals(Errno.EINVAL.wireValue(), grants.copyFrom(world.driver, Endpoint.NONE, -1, 0, into, 0, -1));
    assertEquals(Errno.EPERM.wireValue(), grants.copyTo(world.vfs, world.server.endpoint(), readGrant, 0, into, 0, 1000));
    assertEquals(Errno.EACCES.wireValue(), grants.copyTo(world.driver, world.server.endpoint(), readGrant, 0, into, 0, 1000));
  }
}
