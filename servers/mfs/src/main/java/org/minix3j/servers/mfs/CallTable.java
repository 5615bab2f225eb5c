package org.minix3j.servers.mfs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.protocol.FsRequests;

/** The request number to handler table (MINIX's table.c), indexed from {@link FsRequests#MOUNT}. */
final class CallTable {
  private static final int FIRST = FsRequests.MOUNT;
  private final @Nullable FsHandler[] handlers = new FsHandler[FsRequests.NEWDRIVER - FIRST + 1];

  CallTable() {
    put(FsRequests.MOUNT, MountCalls::mount);
    put(FsRequests.UNMOUNT, MountCalls::unmount);
    put(FsRequests.SYNC, MountCalls::sync);
    put(FsRequests.STATFS, MountCalls::statfs);
    put(FsRequests.NEWDRIVER, MountCalls::newDriver);
    put(FsRequests.PUTNODE, InodeCalls::putnode);
    put(FsRequests.STAT, InodeCalls::stat);
    put(FsRequests.CHMOD, InodeCalls::chmod);
    put(FsRequests.CHOWN, InodeCalls::chown);
    put(FsRequests.UTIME, InodeCalls::utime);
    put(FsRequests.READ, ReadWrite::read);
    put(FsRequests.WRITE, ReadWrite::write);
    put(FsRequests.TRUNCATE, ReadWrite::truncate);
    put(FsRequests.READLINK, ReadWrite::readlink);
    put(FsRequests.GETDENTS, Getdents::getdents);
    put(FsRequests.LOOKUP, NameCalls::lookup);
    put(FsRequests.CREATE, NameCalls::create);
    put(FsRequests.MKDIR, NameCalls::mkdir);
    put(FsRequests.MKNOD, NameCalls::mknod);
    put(FsRequests.SYMLINK, NameCalls::symlink);
    put(FsRequests.LINK, NameCalls::link);
    put(FsRequests.UNLINK, NameCalls::unlink);
    put(FsRequests.RMDIR, NameCalls::rmdir);
    put(FsRequests.RENAME, Rename::rename);
  }

  private void put(int type, FsHandler handler) {
    handlers[type - FIRST] = handler;
  }

  /** The handler of request {@code type}, or null (ENOSYS). */
  @Nullable FsHandler lookup(int type) {
    int index = type - FIRST;
    return index >= 0 && index < handlers.length ? handlers[index] : null;
  }
}
