/*
 * The host side of the library tests: the few system calls the pure parts need, as Linux
 * int 0x80 calls (what qemu-i386-static runs), and sbrk over a static arena. On minix3j these
 * come from lib/sys as messages to VFS and PM instead.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

static int linux_call(int number, int a, int b, int c) {
  int result;
  __asm__ volatile("int $0x80" : "=a"(result) : "a"(number), "b"(a), "c"(b), "d"(c) : "memory");
  return result;
}

static int check(int result) {
  if (result < 0 && result > -4096) {
    errno = -result;
    return -1;
  }
  return result;
}

ssize_t write(int fd, const void *buffer, size_t count) {
  return check(linux_call(4, fd, (int)buffer, (int)count));
}

ssize_t read(int fd, void *buffer, size_t count) {
  return check(linux_call(3, fd, (int)buffer, (int)count));
}

int open(const char *path, int flags, ...) {
  /* minix3j's O_* values are Linux's, so they pass through unchanged. */
  return check(linux_call(5, (int)path, flags, 0644));
}

int close(int fd) {
  return check(linux_call(6, fd, 0, 0));
}

off_t lseek(int fd, off_t offset, int whence) {
  return check(linux_call(19, fd, offset, whence));
}

int dup2(int fd, int fd2) {
  return check(linux_call(63, fd, fd2, 0));
}

int unlink(const char *path) {
  return check(linux_call(10, (int)path, 0, 0));
}

void _exit(int status) {
  for (;;) {
    linux_call(252, status, 0, 0);
  }
}

void abort(void) {
  static const char text[] = "abort\n";
  write(2, text, sizeof text - 1);
  _exit(134);
}

int isatty(int fd) {
  return 0;
}

static char arena[1 << 20] __attribute__((aligned(16)));
static size_t arena_used;

void *sbrk(int increment) {
  if (increment < 0 ? (size_t)-increment > arena_used : (size_t)increment > sizeof arena - arena_used) {
    errno = ENOMEM;
    return (void *)-1;
  }
  void *old = arena + arena_used;
  arena_used += increment;
  return old;
}
