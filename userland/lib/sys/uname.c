/* uname and gethostname: fixed names; sysconf from the ABI's limits. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <minix/user_layout.h>
#include "libc.h"

#define HOSTNAME "minix3j"

int uname(struct utsname *name) {
  if (name == NULL || !__user_writable(name, sizeof *name)) {
    errno = EFAULT;
    return -1;
  }
  strcpy(name->sysname, "minix3j");
  strcpy(name->nodename, HOSTNAME);
  strcpy(name->release, "0.1");
  strcpy(name->version, "1");
  strcpy(name->machine, "i386");
  return 0;
}

int gethostname(char *name, size_t size) {
  if (name == NULL || !__user_writable(name, size)) {
    errno = EFAULT;
    return -1;
  }
  if (size < sizeof HOSTNAME) {
    errno = ENAMETOOLONG;
    return -1;
  }
  memcpy(name, HOSTNAME, sizeof HOSTNAME);
  return 0;
}

long sysconf(int name) {
  switch (name) {
    case _SC_ARG_MAX: return ARG_MAX;
    case _SC_CHILD_MAX: return CHILD_MAX;
    case _SC_CLK_TCK: return CLK_TCK;
    case _SC_OPEN_MAX: return OPEN_MAX;
    case _SC_PAGESIZE: return PAGE_SIZE;
    default: errno = EINVAL; return -1;
  }
}

int getpagesize(void) {
  return PAGE_SIZE;
}

int getdtablesize(void) {
  return OPEN_MAX;
}
