/* Descriptor calls to VFS: open, read, write, close, lseek, dup, pipe, fcntl, fstat, fsync. */
#include "libc.h"
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <unistd.h>

int open(const char *path, int flags, ...) {
  int mode = 0;
  if (flags & O_CREAT) {
    va_list args;
    va_start(args, flags);
    mode = va_arg(args, int);
    va_end(args);
  }
  message m = {0};
  __put_path(&m, 0, path);
  m.m_w[2] = flags;
  m.m_w[3] = mode;
  return VFS_CALL(VFS_OPEN, &m);
}

int creat(const char *path, mode_t mode) {
  return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

ssize_t read(int fd, void *buffer, size_t count) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = (int)buffer;
  m.m_w[2] = (int)count;
  return VFS_CALL(VFS_READ, &m);
}

ssize_t write(int fd, const void *buffer, size_t count) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = (int)buffer;
  m.m_w[2] = (int)count;
  return VFS_CALL(VFS_WRITE, &m);
}

static int fd_call(int type, int fd) {
  message m = {0};
  m.m_w[0] = fd;
  return VFS_CALL(type, &m);
}

int close(int fd) {
  return fd_call(VFS_CLOSE, fd) < 0 ? -1 : 0;
}

int dup(int fd) {
  return fd_call(VFS_DUP, fd);
}

int fsync(int fd) {
  return fd_call(VFS_FSYNC, fd) < 0 ? -1 : 0;
}

int fchdir(int fd) {
  return fd_call(VFS_FCHDIR, fd) < 0 ? -1 : 0;
}

int dup2(int fd, int fd2) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = fd2;
  return VFS_CALL(VFS_DUP2, &m);
}

off_t lseek(int fd, off_t offset, int whence) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = offset;
  m.m_w[2] = whence;
  return VFS_CALL(VFS_LSEEK, &m);
}

int pipe(int fds[2]) {
  if (fds == NULL || !__user_writable(fds, 2 * sizeof fds[0])) {
    errno = EFAULT;
    return -1;
  }
  message m = {0};
  if (VFS_CALL(VFS_PIPE, &m) < 0) {
    return -1;
  }
  fds[0] = m.m_w[0];
  fds[1] = m.m_w[1];
  return 0;
}

int fcntl(int fd, int command, ...) {
  va_list args;
  va_start(args, command);
  int argument = va_arg(args, int);
  va_end(args);
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = command;
  m.m_w[2] = argument;
  return VFS_CALL(VFS_FCNTL, &m);
}

int fstat(int fd, struct stat *buf) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = (int)buf;
  return VFS_CALL(VFS_FSTAT, &m) < 0 ? -1 : 0;
}

int fchmod(int fd, mode_t mode) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = (int)mode;
  return VFS_CALL(VFS_FCHMOD, &m) < 0 ? -1 : 0;
}

int ftruncate(int fd, off_t length) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = length;
  return VFS_CALL(VFS_FTRUNCATE, &m) < 0 ? -1 : 0;
}

int getdents(int fd, void *buffer, size_t size) {
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = (int)buffer;
  m.m_w[2] = (int)size;
  return VFS_CALL(VFS_GETDENTS, &m);
}

void sync(void) {
  message m = {0};
  VFS_CALL(VFS_SYNC, &m);
}

mode_t umask(mode_t mask) {
  message m = {0};
  m.m_w[0] = (int)mask;
  return (mode_t)VFS_CALL(VFS_UMASK, &m);
}
