/* Path calls to VFS: stat, directories, links, names, modes, owners, times, sizes, statfs. */
#include "libc.h"
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include <utime.h>

/* A call whose first words are a path; returns 0 or -1. */
static int path_call(int type, const char *path, int w2, int w3) {
  message m = {0};
  __put_path(&m, 0, path);
  m.m_w[2] = w2;
  m.m_w[3] = w3;
  return VFS_CALL(type, &m) < 0 ? -1 : 0;
}

/* A call taking two paths. */
static int two_path_call(int type, const char *first, const char *second) {
  message m = {0};
  __put_path(&m, 0, first);
  __put_path(&m, 2, second);
  return VFS_CALL(type, &m) < 0 ? -1 : 0;
}

int stat(const char *path, struct stat *buf) {
  return path_call(VFS_STAT, path, (int)buf, 0);
}

int lstat(const char *path, struct stat *buf) {
  return path_call(VFS_LSTAT, path, (int)buf, 0);
}

int statfs(const char *path, struct statfs *buf) {
  return path_call(VFS_STATFS, path, (int)buf, 0);
}

int chdir(const char *path) {
  return path_call(VFS_CHDIR, path, 0, 0);
}

int mkdir(const char *path, mode_t mode) {
  return path_call(VFS_MKDIR, path, (int)mode, 0);
}

int rmdir(const char *path) {
  return path_call(VFS_RMDIR, path, 0, 0);
}

int unlink(const char *path) {
  return path_call(VFS_UNLINK, path, 0, 0);
}

int remove(const char *path) {
  struct stat st;
  if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    return rmdir(path);
  }
  return unlink(path);
}

int link(const char *existing, const char *path) {
  return two_path_call(VFS_LINK, existing, path);
}

int symlink(const char *target, const char *path) {
  return two_path_call(VFS_SYMLINK, target, path);
}

int rename(const char *old, const char *new) {
  return two_path_call(VFS_RENAME, old, new);
}

ssize_t readlink(const char *path, char *buffer, size_t size) {
  message m = {0};
  __put_path(&m, 0, path);
  m.m_w[2] = (int)buffer;
  m.m_w[3] = (int)size;
  return VFS_CALL(VFS_READLINK, &m);
}

int chmod(const char *path, mode_t mode) {
  return path_call(VFS_CHMOD, path, (int)mode, 0);
}

int chown(const char *path, uid_t uid, gid_t gid) {
  return path_call(VFS_CHOWN, path, (int)uid, (int)gid);
}

int lchown(const char *path, uid_t uid, gid_t gid) {
  return chown(path, uid, gid);
}

int access(const char *path, int mode) {
  return path_call(VFS_ACCESS, path, mode, 0);
}

int truncate(const char *path, off_t length) {
  return path_call(VFS_TRUNCATE, path, length, 0);
}

int mknod(const char *path, mode_t mode, dev_t device) {
  return path_call(VFS_MKNOD, path, (int)mode, (int)device);
}

int mkfifo(const char *path, mode_t mode) {
  return mknod(path, S_IFIFO | (mode & 07777), 0);
}

int utime(const char *path, const struct utimbuf *times) {
  CHECK_READABLE(times, -1);
  message m = {0};
  __put_path(&m, 0, path);
  if (times != NULL) {
    m.m_w[2] = 1;
    m.m_w[3] = times->actime;
    m.m_w[4] = times->modtime;
  }
  return VFS_CALL(VFS_UTIME, &m) < 0 ? -1 : 0;
}

char *getcwd(char *buffer, size_t size) {
  char *allocated = NULL;
  if (buffer == NULL) {
    size = size == 0 ? PATH_MAX : size;
    buffer = allocated = malloc(size);
    if (buffer == NULL) {
      errno = ENOMEM;
      return NULL;
    }
  } else if (size == 0) {
    errno = EINVAL;
    return NULL;
  }
  message m = {0};
  m.m_w[0] = (int)buffer;
  m.m_w[1] = (int)size;
  if (VFS_CALL(VFS_GETCWD, &m) < 0) {
    free(allocated);
    return NULL;
  }
  return buffer;
}
