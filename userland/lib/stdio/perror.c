/* perror: "prefix: description" on stderr. */
#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

void perror(const char *prefix) {
  const char *description = strerror(errno);
  if (prefix != NULL && *prefix != '\0') {
    fprintf(stderr, "%s: %s\n", prefix, description);
  } else {
    fprintf(stderr, "%s\n", description);
  }
}
