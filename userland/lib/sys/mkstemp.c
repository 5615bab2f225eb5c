/* mkstemp, mkdtemp, mktemp: the trailing XXXXXX replaced from the pid and a counter. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>

static unsigned int counter;

static int fill(char *template, char **x) {
  size_t length = strlen(template);
  if (length < 6 || strcmp(template + length - 6, "XXXXXX") != 0) {
    errno = EINVAL;
    return -1;
  }
  *x = template + length - 6;
  return 0;
}

static void next_name(char *x) {
  static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  unsigned int value = (unsigned int)getpid() * 7919u + counter++ * 104729u;
  for (int i = 0; i < 6; i++) {
    x[i] = letters[value % 36];
    value /= 36;
  }
}

int mkstemp(char *template) {
  char *x;
  if (fill(template, &x) < 0) {
    return -1;
  }
  for (int attempt = 0; attempt < 100; attempt++) {
    next_name(x);
    int fd = open(template, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd >= 0 || errno != EEXIST) {
      return fd;
    }
  }
  errno = EEXIST;
  return -1;
}

char *mkdtemp(char *template) {
  char *x;
  if (fill(template, &x) < 0) {
    return NULL;
  }
  for (int attempt = 0; attempt < 100; attempt++) {
    next_name(x);
    if (mkdir(template, 0700) == 0) {
      return template;
    }
    if (errno != EEXIST) {
      return NULL;
    }
  }
  return NULL;
}

char *mktemp(char *template) {
  char *x;
  if (fill(template, &x) < 0) {
    return template;
  }
  struct stat st;
  for (int attempt = 0; attempt < 100; attempt++) {
    next_name(x);
    if (lstat(template, &st) < 0 && errno == ENOENT) {
      return template;
    }
  }
  template[0] = '\0';
  return template;
}
