/* The failure half of assert(). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

void __assert_fail(const char *expression, const char *file, int line, const char *function) {
  fprintf(stderr, "assertion failed: %s, %s:%d (%s)\n", expression, file, line, function);
  abort();
}
