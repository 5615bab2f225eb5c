/*
 * Which addresses the process has mapped, as far as the library knows: the program from
 * __executable_start to the break, and the stack below STACK_TOP. Calls use it so that a bad
 * pointer passed as a string argument gets EFAULT from the server rather than a fault here,
 * and the calls that read or write a caller's structure themselves answer EFAULT.
 */
#include "libc.h"
#include <minix/user_layout.h>
#include <unistd.h>

extern char __executable_start[];
extern char __data_start[];

int __user_readable(const void *p, size_t n) {
  unsigned int start = (unsigned int)p;
  unsigned int end = start + (unsigned int)n;
  if (end < start) {
    return 0;
  }
  unsigned int stack_low = (unsigned int)STACK_TOP - STACK_BYTES;
  if (start >= stack_low && end <= (unsigned int)STACK_TOP) {
    return 1;
  }
  unsigned int program_end = (unsigned int)sbrk(0);
  return start >= (unsigned int)__executable_start && end <= program_end;
}

int __user_writable(const void *p, size_t n) {
  unsigned int start = (unsigned int)p;
  unsigned int end = start + (unsigned int)n;
  if (end < start) {
    return 0;
  }
  unsigned int stack_low = (unsigned int)STACK_TOP - STACK_BYTES;
  if (start >= stack_low && end <= (unsigned int)STACK_TOP) {
    return 1;
  }
  unsigned int program_end = (unsigned int)sbrk(0);
  return start >= (unsigned int)__data_start && end <= program_end;
}

int __path_length(const char *path) {
  if (!__user_readable(path, 1)) {
    return 1;
  }
  return (int)strlen(path) + 1;
}
