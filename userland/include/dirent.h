#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>
#include <limits.h>
#include <minix/dirent_layout.h>

#define DT_UNKNOWN DIRENT_DT_UNKNOWN
#define DT_FIFO DIRENT_DT_FIFO
#define DT_CHR DIRENT_DT_CHR
#define DT_DIR DIRENT_DT_DIR
#define DT_BLK DIRENT_DT_BLK
#define DT_REG DIRENT_DT_REG
#define DT_LNK DIRENT_DT_LNK

struct dirent {
  ino_t d_ino;
  unsigned short d_reclen;
  unsigned char d_type;
  unsigned char d_namlen;
  char d_name[NAME_MAX + 1];
};

typedef struct __dir DIR;

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);
void rewinddir(DIR *dir);
int dirfd(DIR *dir);

/* The VFS call under readdir: raw records (minix/dirent_layout.h). */
int getdents(int fd, void *buffer, size_t size);

#endif
