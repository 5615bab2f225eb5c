package org.minix3j.servers.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.abi.posix.FileFlags.O_APPEND;
import static org.minix3j.abi.posix.FileFlags.O_CLOEXEC;
import static org.minix3j.abi.posix.FileFlags.O_CREAT;
import static org.minix3j.abi.posix.FileFlags.O_DIRECTORY;
import static org.minix3j.abi.posix.FileFlags.O_EXCL;
import static org.minix3j.abi.posix.FileFlags.O_NOFOLLOW;
import static org.minix3j.abi.posix.FileFlags.O_RDONLY;
import static org.minix3j.abi.posix.FileFlags.O_RDWR;
import static org.minix3j.abi.posix.FileFlags.O_TRUNC;
import static org.minix3j.abi.posix.FileFlags.O_WRONLY;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.StatLayout;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VfsCalls;

class FilesTest {
  private final Harness h = new Harness();
  private static final int U = Harness.INIT;

  private static int err(Errno errno) {
    return errno.wireValue();
  }

  @Test
  void createWriteSeekReadClose() {
    int fd = h.open(U, "/tmp/f", O_CREAT | O_RDWR);
    assertEquals(0, fd);
    assertEquals(5, h.write(U, fd, "hello"));
    assertEquals(0, h.call(U, VfsCalls.LSEEK, fd, 0, FileFlags.SEEK_SET));
    assertEquals("hel", h.read(U, fd, 3));
    assertEquals("lo", h.read(U, fd, 10));
    assertEquals("", h.read(U, fd, 10));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, fd));
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.CLOSE, fd));
    assertEquals("hello", new String(h.fs.find("/tmp/f").data, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(0644, h.fs.find("/tmp/f").mode & 0777, "umask 022 applied to 0644");
    assertEquals(0, h.kernel.liveGrants() - 1, "only the standing name grant is left");
  }

  @Test
  void openFlags() {
    assertEquals(0, h.open(U, "/tmp/a", O_CREAT | O_WRONLY));
    assertEquals(err(Errno.EEXIST), h.open(U, "/tmp/a", O_CREAT | O_EXCL | O_WRONLY));
    assertEquals(3, h.write(U, 0, "abc"));
    int fd = h.open(U, "/tmp/a", O_WRONLY | O_APPEND);
    assertEquals(2, h.write(U, fd, "de"));
    assertEquals(5, h.fs.find("/tmp/a").data.length);
    assertEquals(fd + 1, h.open(U, "/tmp/a", O_WRONLY | O_TRUNC));
    assertEquals(0, h.fs.find("/tmp/a").data.length);
    assertEquals(err(Errno.EISDIR), h.open(U, "/tmp", O_WRONLY));
    assertEquals(err(Errno.ENOTDIR), h.open(U, "/tmp/a", O_RDONLY | O_DIRECTORY));
    assertEquals(err(Errno.EINVAL), h.open(U, "/tmp/a", 3));
    assertEquals("E" + Errno.EISDIR.number(), h.read(U, h.open(U, "/tmp", O_RDONLY), 4));
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.READ, 0, h.buffer(U, 4), 4), "write-only descriptor");
  }

  @Test
  void pathErrors() {
    assertEquals(err(Errno.ENOENT), h.open(U, "/nothing", O_RDONLY));
    assertEquals(err(Errno.ENOENT), h.open(U, "", O_RDONLY));
    assertEquals(err(Errno.ENOTDIR), h.open(U, "/bin/prog/x", O_RDONLY));
    assertEquals(err(Errno.ENOTDIR), h.open(U, "/bin/prog/", O_RDONLY));
    assertEquals(err(Errno.ENAMETOOLONG), h.open(U, "/tmp/" + "x".repeat(61), O_RDONLY));
    assertEquals(err(Errno.EFAULT), h.call(U, VfsCalls.OPEN, 0x10, 5, O_RDONLY, 0));
    assertEquals(err(Errno.ENAMETOOLONG), h.call(U, VfsCalls.OPEN, 0x2000, 5000, O_RDONLY, 0));
    assertEquals(0, h.open(U, "/bin/../bin/./prog", O_RDONLY));
    assertEquals(1, h.open(U, "//bin//", O_RDONLY));
    assertEquals(2, h.open(U, "/..", O_RDONLY), "/.. is the root");
  }

  @Test
  void symbolicLinks() {
    assertEquals(0, h.twoPaths(U, VfsCalls.SYMLINK, "/bin/prog", "/tmp/l"));
    assertEquals(0, h.twoPaths(U, VfsCalls.SYMLINK, "../bin", "/tmp/rel"));
    assertEquals(0, h.open(U, "/tmp/l", O_RDONLY));
    assertEquals(1, h.open(U, "/tmp/rel/prog", O_RDONLY));
    assertEquals(err(Errno.ELOOP), h.open(U, "/tmp/l", O_RDONLY | O_NOFOLLOW));
    assertEquals(0, h.twoPaths(U, VfsCalls.SYMLINK, "/tmp/loop2", "/tmp/loop1"));
    assertEquals(0, h.twoPaths(U, VfsCalls.SYMLINK, "/tmp/loop1", "/tmp/loop2"));
    assertEquals(err(Errno.ELOOP), h.open(U, "/tmp/loop1", O_RDONLY));
    int buffer = h.buffer(U, 64);
    assertEquals(9, h.pathCall(U, VfsCalls.READLINK, "/tmp/l", buffer, 64));
    assertEquals("/bin/prog", h.string(U, buffer, 9));
    assertEquals(err(Errno.EINVAL), h.pathCall(U, VfsCalls.READLINK, "/bin/prog", buffer, 64));
    int stat = h.buffer(U, StatLayout.BYTES);
    assertEquals(0, h.pathCall(U, VfsCalls.LSTAT, "/tmp/l", stat));
    assertEquals(FileFlags.S_IFLNK, h.word(U, stat + StatLayout.MODE) & FileFlags.S_IFMT);
    assertEquals(0, h.pathCall(U, VfsCalls.STAT, "/tmp/l", stat));
    assertEquals(FileFlags.S_IFREG | 0755, h.word(U, stat + StatLayout.MODE));
    assertEquals(h.fs.find("/bin/prog").inode, h.word(U, stat + StatLayout.INO));
    assertEquals(h.ctx.config.rootDevice(), h.word(U, stat + StatLayout.DEV));
    assertEquals(err(Errno.EFAULT), h.pathCall(U, VfsCalls.STAT, "/tmp/l", 0x10));
  }

  @Test
  void permissionsFollowModeBitsAndEffectiveIds() {
    FakeFileServer.Node secret = h.fs.make("/tmp/secret", FileFlags.S_IFREG | 0600);
    h.fs.make("/tmp/closed", FileFlags.S_IFDIR | 0700);
    h.fs.make("/tmp/closed/inner", FileFlags.S_IFREG | 0666);
    assertEquals(0, h.open(U, "/tmp/secret", O_RDWR), "root reads anything");
    assertEquals(0, h.pm(PmToVfs.SETIDS, U, 100, 100, 100, 100));
    assertEquals(err(Errno.EACCES), h.open(U, "/tmp/secret", O_RDONLY));
    assertEquals(err(Errno.EACCES), h.open(U, "/tmp/closed/inner", O_RDONLY), "no search permission");
    assertEquals(err(Errno.EACCES), h.open(U, "/bin/new", O_CREAT | O_WRONLY), "no write on /bin");
    assertEquals(err(Errno.EPERM), h.pathCall(U, VfsCalls.CHMOD, "/tmp/secret", 0777));
    assertEquals(err(Errno.EPERM), h.pathCall(U, VfsCalls.CHOWN, "/tmp/secret", 100, 100));
    assertEquals(err(Errno.EACCES), h.pathCall(U, VfsCalls.ACCESS, "/tmp/secret", FileFlags.R_OK));
    assertEquals(0, h.pathCall(U, VfsCalls.ACCESS, "/tmp/secret", FileFlags.F_OK));
    secret.uid = 100;
    assertEquals(0, h.pathCall(U, VfsCalls.CHMOD, "/tmp/secret", 0640));
    assertEquals(FileFlags.S_IFREG | 0640, secret.mode);
    // access(2) uses the real ids: effective root, real 100
    assertEquals(0, h.pm(PmToVfs.SETIDS, U, 100, 0, 100, 0));
    assertEquals(err(Errno.EACCES), h.pathCall(U, VfsCalls.ACCESS, "/tmp/closed/inner", FileFlags.R_OK));
    assertTrue(h.open(U, "/tmp/closed/inner", O_RDONLY) >= 0);
  }

  @Test
  void dupAndForkSharePositions() {
    int fd = h.open(U, "/bin/prog", O_RDONLY);
    int copy = h.call(U, VfsCalls.DUP, fd);
    assertEquals(fd + 1, copy);
    assertEquals("\u007fE", h.read(U, fd, 2));
    assertEquals("LF", h.read(U, copy, 2));
    assertEquals(7, h.call(U, VfsCalls.DUP2, fd, 7));
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.DUP2, fd, 40));
    int child = org.minix3j.abi.Endpoint.of(17, 0);
    h.fork(U, child, 2);
    assertEquals("\u0001\u0002", h.read(child, 7, 2));
    assertEquals("\u0003", h.read(U, fd, 2), "the parent sees the child's reads");
    assertEquals(0, h.pm(PmToVfs.EXIT, child));
    assertEquals(err(Errno.ESRCH), h.call(child, VfsCalls.CLOSE, fd));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, fd));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, copy));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, 7));
    assertEquals(0, h.fs.refsBesidesRoot(), "every file's references went back");
    assertEquals(0, h.fs.badPutnodes);
  }

  @Test
  void fcntlAndCloseOnExec() {
    int fd = h.open(U, "/bin/prog", O_RDONLY | O_CLOEXEC);
    assertEquals(FileFlags.FD_CLOEXEC, h.call(U, VfsCalls.FCNTL, fd, FileFlags.F_GETFD, 0));
    int other = h.call(U, VfsCalls.FCNTL, fd, FileFlags.F_DUPFD, 5);
    assertEquals(5, other);
    assertEquals(0, h.call(U, VfsCalls.FCNTL, other, FileFlags.F_GETFD, 0));
    assertEquals(0, h.call(U, VfsCalls.FCNTL, other, FileFlags.F_SETFL, FileFlags.O_NONBLOCK));
    assertEquals(FileFlags.O_NONBLOCK, h.call(U, VfsCalls.FCNTL, fd, FileFlags.F_GETFL, 0));
    assertEquals(err(Errno.EINVAL), h.call(U, VfsCalls.FCNTL, fd, 99, 0));
    assertEquals(0, h.pm(PmToVfs.EXEC_DONE, U));
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.CLOSE, fd));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, other));
  }

  @Test
  void descriptorTableFills() {
    for (int i = 0; i < 32; i++) {
      assertEquals(i, h.open(U, "/bin/prog", O_RDONLY));
    }
    assertEquals(err(Errno.EMFILE), h.open(U, "/bin/prog", O_RDONLY));
    assertEquals(err(Errno.EMFILE), h.call(U, VfsCalls.PIPE));
  }

  @Test
  void seekRules() {
    int fd = h.open(U, "/bin/prog", O_RDONLY);
    assertEquals(7, h.call(U, VfsCalls.LSEEK, fd, 0, FileFlags.SEEK_END));
    assertEquals(5, h.call(U, VfsCalls.LSEEK, fd, -2, FileFlags.SEEK_CUR));
    assertEquals(err(Errno.EINVAL), h.call(U, VfsCalls.LSEEK, fd, -10, FileFlags.SEEK_CUR));
    assertEquals(err(Errno.EINVAL), h.call(U, VfsCalls.LSEEK, fd, 0, 7));
    h.call(U, VfsCalls.PIPE);
    assertEquals(err(Errno.ESPIPE), h.call(U, VfsCalls.LSEEK, h.reply().payload(0), 0, FileFlags.SEEK_SET));
  }

  @Test
  void linksRenameAndRemoval() {
    assertEquals(0, h.open(U, "/tmp/a", O_CREAT | O_WRONLY));
    assertEquals(0, h.twoPaths(U, VfsCalls.LINK, "/tmp/a", "/tmp/b"));
    assertEquals(2, h.fs.find("/tmp/a").links);
    assertEquals(err(Errno.EEXIST), h.twoPaths(U, VfsCalls.LINK, "/tmp/a", "/tmp/b"));
    assertEquals(err(Errno.EPERM), h.twoPaths(U, VfsCalls.LINK, "/tmp", "/tmp/d"));
    assertEquals(0, h.pathCall(U, VfsCalls.UNLINK, "/tmp/a"));
    assertEquals(1, h.fs.find("/tmp/b").links);
    assertEquals(err(Errno.EISDIR), h.pathCall(U, VfsCalls.UNLINK, "/tmp"));
    assertEquals(0, h.pathCall(U, VfsCalls.MKDIR, "/tmp/d", 0755));
    assertEquals(err(Errno.EEXIST), h.pathCall(U, VfsCalls.MKDIR, "/tmp/d", 0755));
    assertEquals(0, h.pathCall(U, VfsCalls.MKDIR, "/tmp/d/e", 0755));
    assertEquals(err(Errno.EINVAL), h.twoPaths(U, VfsCalls.RENAME, "/tmp/d", "/tmp/d/e/f"));
    assertEquals(err(Errno.EBUSY), h.twoPaths(U, VfsCalls.RENAME, "/", "/tmp/x"));
    assertEquals(err(Errno.ENOTEMPTY), h.pathCall(U, VfsCalls.RMDIR, "/tmp/d"));
    assertEquals(err(Errno.EINVAL), h.pathCall(U, VfsCalls.RMDIR, "/tmp/d/."));
    assertEquals(err(Errno.EBUSY), h.pathCall(U, VfsCalls.RMDIR, "/"));
    assertEquals(err(Errno.ENOTDIR), h.pathCall(U, VfsCalls.RMDIR, "/tmp/b"));
    assertEquals(0, h.twoPaths(U, VfsCalls.RENAME, "/tmp/d/e", "/tmp/e"));
    assertEquals(0, h.twoPaths(U, VfsCalls.RENAME, "/tmp/b", "/tmp/e/b"));
    assertEquals(err(Errno.EISDIR), h.twoPaths(U, VfsCalls.RENAME, "/tmp/e/b", "/tmp/d"));
    assertEquals(0, h.pathCall(U, VfsCalls.RMDIR, "/tmp/d"));
    assertTrue(h.fs.findOrNull("/tmp/e/b") != null);
    assertTrue(h.fs.find("/tmp/e/b").refs > 0, "held while open");
    assertEquals(0, h.call(U, VfsCalls.CLOSE, 0));
    assertEquals(0, h.fs.refsBesidesRoot(), "every reference went back");
    assertEquals(0, h.fs.badPutnodes);
  }

  @Test
  void workingDirectoryAndGetcwd() {
    h.pathCall(U, VfsCalls.MKDIR, "/tmp/a", 0755);
    h.pathCall(U, VfsCalls.MKDIR, "/tmp/a/b", 0755);
    assertEquals(0, h.pathCall(U, VfsCalls.CHDIR, "/tmp/a/b"));
    int buffer = h.buffer(U, 64);
    assertEquals(9, h.call(U, VfsCalls.GETCWD, buffer, 64));
    assertEquals("/tmp/a/b\0", h.string(U, buffer, 9));
    assertEquals(err(Errno.ERANGE), h.call(U, VfsCalls.GETCWD, buffer, 5));
    assertEquals(0, h.open(U, "../x", O_CREAT | O_WRONLY));
    assertTrue(h.fs.findOrNull("/tmp/a/x") != null);
    assertEquals(0, h.pathCall(U, VfsCalls.CHDIR, "/"));
    assertEquals(2, h.call(U, VfsCalls.GETCWD, buffer, 64));
    assertEquals(err(Errno.ENOTDIR), h.pathCall(U, VfsCalls.CHDIR, "/bin/prog"));
    int dir = h.open(U, "/bin", O_RDONLY);
    assertEquals(0, h.call(U, VfsCalls.FCHDIR, dir));
    assertEquals(5, h.call(U, VfsCalls.GETCWD, buffer, 64));
    assertEquals("/bin", h.string(U, buffer, 4));
  }

  @Test
  void getdentsListsTheDirectory() {
    int dir = h.open(U, "/bin", O_RDONLY);
    int buffer = h.buffer(U, 256);
    int bytes = h.call(U, VfsCalls.GETDENTS, dir, buffer, 256);
    assertTrue(bytes > 0);
    assertEquals(0, h.call(U, VfsCalls.GETDENTS, dir, buffer, 256), "the end");
    assertEquals(err(Errno.ENOTDIR), h.call(U, VfsCalls.GETDENTS, h.open(U, "/bin/prog", O_RDONLY), buffer, 256));
  }

  @Test
  void truncateUtimeStatfsSync() {
    assertEquals(0, h.pathCall(U, VfsCalls.TRUNCATE, "/bin/prog", 3));
    assertEquals(3, h.fs.find("/bin/prog").data.length);
    assertEquals(err(Errno.EISDIR), h.pathCall(U, VfsCalls.TRUNCATE, "/bin", 0));
    int fd = h.open(U, "/bin/prog", O_RDONLY);
    assertEquals(err(Errno.EINVAL), h.call(U, VfsCalls.FTRUNCATE, fd, 0));
    assertEquals(0, h.pathCall(U, VfsCalls.UTIME, "/bin/prog", 1, 5, 6));
    int buffer = h.buffer(U, 32);
    assertEquals(0, h.pathCall(U, VfsCalls.STATFS, "/", buffer));
    assertEquals(1024, h.word(U, buffer));
    assertEquals(0, h.call(U, VfsCalls.SYNC));
    assertEquals(1, h.fs.syncs);
    assertEquals(022, h.call(U, VfsCalls.UMASK, 077));
    assertEquals(077, h.call(U, VfsCalls.UMASK, 022));
  }

  @Test
  void mknodRulesAndFifos() {
    assertEquals(0, h.pathCall(U, VfsCalls.MKNOD, "/tmp/fifo", FileFlags.S_IFIFO | 0666, 0));
    h.pm(PmToVfs.SETIDS, U, 100, 100, 100, 100);
    assertEquals(err(Errno.EPERM), h.pathCall(U, VfsCalls.MKNOD, "/tmp/c", FileFlags.S_IFCHR | 0666, 0x400));
    assertEquals(0, h.pathCall(U, VfsCalls.MKNOD, "/tmp/fifo2", FileFlags.S_IFIFO | 0666, 0));
    assertEquals(err(Errno.EACCES), h.open(U, "/tmp/fifo", O_WRONLY), "root's FIFO is 0644");
    assertEquals(err(Errno.ENXIO), h.open(U, "/tmp/fifo2", O_WRONLY | FileFlags.O_NONBLOCK), "no reader");
    int reader = h.open(U, "/tmp/fifo2", O_RDONLY | FileFlags.O_NONBLOCK);
    int writer = h.open(U, "/tmp/fifo2", O_WRONLY);
    assertEquals(2, h.write(U, writer, "hi"));
    assertEquals("hi", h.read(U, reader, 10));
    assertEquals(0, h.fs.badPutnodes);
  }

  @Test
  void malformedRequestsGetErrors() {
    assertEquals(err(Errno.ENOSYS), h.call(U, 12345));
    assertEquals(err(Errno.ESRCH), h.call(org.minix3j.abi.Endpoint.of(40, 0), VfsCalls.SYNC));
    assertEquals(err(Errno.ENOSYS), h.pm(9999));
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.READ, -5, 0, 0));
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.FSTAT, 99, 0));
    assertEquals(err(Errno.EINVAL), h.call(U, VfsCalls.READ, h.open(U, "/bin/prog", O_RDONLY), 0, -1));
    assertEquals(err(Errno.EFAULT), h.call(U, VfsCalls.READ, 0, 0x10, 4));
    assertEquals(err(Errno.ENOTTY), h.call(U, VfsCalls.IOCTL, 0, 0x5401, 0));
    assertEquals(0, h.pm(PmToVfs.EXIT, org.minix3j.abi.Endpoint.of(50, 0)), "exit of an unknown process");
  }
}
