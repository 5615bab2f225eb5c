/*
 * The C library's private header: the message helper for PM and VFS calls, and the string
 * argument convention (pointer, then length with the NUL).
 */
#ifndef _LIBC_H
#define _LIBC_H

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <minix/endpoints.h>
#include <minix/pm.h>
#include <minix/syscall.h>
#include <minix/vfs.h>

#define PM_CALL(type, m) _syscall(PM_ENDPOINT, (type), (m))
#define VFS_CALL(type, m) _syscall(VFS_ENDPOINT, (type), (m))

/* Whether [p, p + n) lies in memory the process has mapped (text/data/heap or stack). */
int __user_readable(const void *p, size_t n);

/* Whether [p, p + n) lies in writable memory (data, heap or stack). */
int __user_writable(const void *p, size_t n);

/* Fails with EFAULT (returning from the caller with value) if p is given but not readable or
 * not writable. */
#define CHECK_READABLE(p, value) \
  do { if ((p) != NULL && !__user_readable((p), sizeof *(p))) { errno = EFAULT; return value; } } while (0)
#define CHECK_WRITABLE(p, value) \
  do { if ((p) != NULL && !__user_writable((p), sizeof *(p))) { errno = EFAULT; return value; } } while (0)

/* The length with the NUL of a string argument; 1 for a pointer outside the process, so the
 * server reports EFAULT instead of the library faulting. */
int __path_length(const char *path);

/* Puts a path into payload words [i] (pointer) and [i + 1] (length with NUL). */
static inline void __put_path(message *m, int i, const char *path) {
  m->m_w[i] = (int)path;
  m->m_w[i + 1] = __path_length(path);
}

/* Flushes every stdio stream (exit and exec call it). */
void __stdio_flush_all(void);

/* The break cache sbrk keeps (0 until first asked). */
extern char *__current_break;

#endif
