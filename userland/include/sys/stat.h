#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <minix/fileflags.h>
#include <minix/stat_layout.h>

/* The layout VFS writes (minix/stat_layout.h): thirteen 32-bit fields. */
struct stat {
  dev_t st_dev;
  ino_t st_ino;
  mode_t st_mode;
  nlink_t st_nlink;
  uid_t st_uid;
  gid_t st_gid;
  dev_t st_rdev;
  off_t st_size;
  time_t st_atime;
  time_t st_mtime;
  time_t st_ctime;
  blksize_t st_blksize;
  blkcnt_t st_blocks;
};

_Static_assert(sizeof(struct stat) == STAT_BYTES, "struct stat matches the ABI");
_Static_assert(__builtin_offsetof(struct stat, st_size) == STAT_SIZE, "st_size");
_Static_assert(__builtin_offsetof(struct stat, st_blocks) == STAT_BLOCKS, "st_blocks");

#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)

#define ACCESSPERMS 0777
#define ALLPERMS 07777
#define DEFFILEMODE 0666

int stat(const char *path, struct stat *buf);
int fstat(int fd, struct stat *buf);
int lstat(const char *path, struct stat *buf);
int mkdir(const char *path, mode_t mode);
int chmod(const char *path, mode_t mode);
int fchmod(int fd, mode_t mode);
mode_t umask(mode_t mask);
int mknod(const char *path, mode_t mode, dev_t device);
int mkfifo(const char *path, mode_t mode);

#endif
