/*
 * opendir/readdir/closedir over VFS's getdents, which fills a buffer with variable-length
 * records (minix/dirent_layout.h: inode, record length, type, name length, name with NUL).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct __dir {
  int fd;
  int position;
  int length;
  struct dirent entry;
  unsigned char buffer[2048];
};

DIR *fdopendir(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0) {
    return NULL;
  }
  if (!S_ISDIR(st.st_mode)) {
    errno = ENOTDIR;
    return NULL;
  }
  DIR *dir = malloc(sizeof *dir);
  if (dir == NULL) {
    errno = ENOMEM;
    return NULL;
  }
  dir->fd = fd;
  dir->position = 0;
  dir->length = 0;
  fcntl(fd, F_SETFD, FD_CLOEXEC);
  return dir;
}

DIR *opendir(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    return NULL;
  }
  DIR *dir = fdopendir(fd);
  if (dir == NULL) {
    int saved = errno;
    close(fd);
    errno = saved;
  }
  return dir;
}

static unsigned int word_at(const unsigned char *p, int bytes) {
  unsigned int value = 0;
  for (int i = bytes - 1; i >= 0; i--) {
    value = (value << 8) | p[i];
  }
  return value;
}

struct dirent *readdir(DIR *dir) {
  if (dir->position >= dir->length) {
    int got = getdents(dir->fd, dir->buffer, sizeof dir->buffer);
    if (got <= 0) {
      return NULL;
    }
    dir->length = got;
    dir->position = 0;
  }
  const unsigned char *record = dir->buffer + dir->position;
  int record_length = (int)word_at(record + DIRENT_RECLEN, 2);
  if (record_length < DIRENT_NAME + 1 || dir->position + record_length > dir->length) {
    dir->position = dir->length;
    errno = EIO;
    return NULL;
  }
  unsigned int name_length = record[DIRENT_NAMLEN];
  if (name_length > NAME_MAX || DIRENT_NAME + (int)name_length >= record_length) {
    name_length = (unsigned int)strnlen((const char *)record + DIRENT_NAME,
                                        (size_t)(record_length - DIRENT_NAME));
    if (name_length > NAME_MAX) {
      name_length = NAME_MAX;
    }
  }
  dir->entry.d_ino = word_at(record + DIRENT_INO, 4);
  dir->entry.d_reclen = (unsigned short)record_length;
  dir->entry.d_type = record[DIRENT_TYPE];
  dir->entry.d_namlen = (unsigned char)name_length;
  memcpy(dir->entry.d_name, record + DIRENT_NAME, name_length);
  dir->entry.d_name[name_length] = '\0';
  dir->position += record_length;
  return &dir->entry;
}

int closedir(DIR *dir) {
  int result = close(dir->fd);
  free(dir);
  return result;
}

void rewinddir(DIR *dir) {
  lseek(dir->fd, 0, SEEK_SET);
  dir->position = 0;
  dir->length = 0;
}

int dirfd(DIR *dir) {
  return dir->fd;
}
