package org.minix3j.servers.vfs;

/**
 * Why a process waits in VFS (its call was answered {@link Reply#DEFERRED}). Each kind is
 * revived by its own event and cancelled by PmToVfs.UNPAUSE (EINTR) or the process's exit.
 */
sealed interface Suspension {
  /** A read or write of a pipe that could not go on; {@code done} bytes are already moved. */
  final class PipeIo implements Suspension {
    final Filp filp;
    final Pipe pipe;
    final boolean write;
    final int address;
    final int count;
    int done;

    PipeIo(Filp filp, Pipe pipe, boolean write, int address, int count, int done) {
      this.filp = filp;
      this.pipe = pipe;
      this.write = write;
      this.address = address;
      this.count = count;
      this.done = done;
    }
  }

  /**
   * A character-device request the driver left pending (REPLY with SUSPENDED), with the grant it
   * may still use (-1 none); the user's buffer ({@code address}, {@code count}) for sending it
   * again. {@code reissue}: the driver is one whose writes survive it ({@link
   * CharRecovery}); with grant -1 such a write is waiting for the driver's next instance.
   */
  record DeviceIo(int driver, int minor, int requestId, int grantId, int call, Filp filp,
      int address, int count, boolean reissue) implements Suspension {}

  /**
   * A select with nothing ready: the sets asked, and the absolute tick of the timeout (-1 none).
   */
  record SelectWait(int nfds, int readSet, int writeSet, int exceptSet, long deadline)
      implements Suspension {}
}
