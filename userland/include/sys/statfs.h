#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <sys/types.h>
#include <minix/statfs_layout.h>

/* The layout VFS writes (minix/statfs_layout.h); counts are in f_bsize blocks. */
struct statfs {
  long f_bsize;
  long f_blocks;
  long f_bfree;
  long f_files;
  long f_ffree;
  long f_namemax;
  dev_t f_dev;
};

_Static_assert(sizeof(struct statfs) == STATFS_BYTES, "struct statfs matches the ABI");

/* Blocks free to a user other than root: the same as f_bfree here. */
#define f_bavail f_bfree

int statfs(const char *path, struct statfs *buf);

#endif
