/* exit: the atexit functions in reverse order, then every stdio stream flushed, then _exit. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

#define ATEXIT_MAX 32

static void (*functions[ATEXIT_MAX])(void);
static int registered;

int atexit(void (*function)(void)) {
  if (registered == ATEXIT_MAX) {
    errno = ENOMEM;
    return -1;
  }
  functions[registered++] = function;
  return 0;
}

void exit(int status) {
  while (registered > 0) {
    functions[--registered]();
  }
  __stdio_flush_all();
  _exit(status);
}
