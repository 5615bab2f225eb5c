/* Signal sets (a 32-bit mask, bit n for signal n), psignal. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static int valid(int sig) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return 0;
  }
  return 1;
}

int sigemptyset(sigset_t *set) {
  *set = 0;
  return 0;
}

int sigfillset(sigset_t *set) {
  *set = ~(sigset_t)1;
  return 0;
}

int sigaddset(sigset_t *set, int sig) {
  if (!valid(sig)) {
    return -1;
  }
  *set |= 1u << sig;
  return 0;
}

int sigdelset(sigset_t *set, int sig) {
  if (!valid(sig)) {
    return -1;
  }
  *set &= ~(1u << sig);
  return 0;
}

int sigismember(const sigset_t *set, int sig) {
  if (!valid(sig)) {
    return -1;
  }
  return (*set >> sig) & 1;
}

void psignal(int sig, const char *prefix) {
  if (prefix != NULL && *prefix != '\0') {
    fprintf(stderr, "%s: %s\n", prefix, strsignal(sig));
  } else {
    fprintf(stderr, "%s\n", strsignal(sig));
  }
}
