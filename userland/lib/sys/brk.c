/* brk and sbrk on PM's BRK (w0 the new break, 0 asks; reply w0 the break now). */
#include "libc.h"
#include <unistd.h>

char *__current_break;

static int set_break(char *address) {
  message m = {0};
  m.m_w[0] = (int)address;
  int result = PM_CALL(PM_BRK, &m);
  if (m.m_w[0] != 0) {
    __current_break = (char *)m.m_w[0];
  }
  return result < 0 ? -1 : 0;
}

int brk(void *address) {
  return set_break(address);
}

void *sbrk(int increment) {
  if (__current_break == NULL && set_break(NULL) < 0) {
    return (void *)-1;
  }
  char *old = __current_break;
  if (increment == 0) {
    return old;
  }
  if ((increment > 0 && old + increment < old) || (increment < 0 && old + increment > old)) {
    errno = ENOMEM;
    return (void *)-1;
  }
  if (set_break(old + increment) < 0) {
    return (void *)-1;
  }
  return old;
}
