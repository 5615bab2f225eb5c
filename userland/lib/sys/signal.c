/* Signal calls to PM: sigaction (with the trampoline), the mask, pending, suspend, alarm. */
#include "libc.h"
#include <signal.h>
#include <unistd.h>

int sigaction(int sig, const struct sigaction *action, struct sigaction *old) {
  CHECK_READABLE(action, -1);
  CHECK_WRITABLE(old, -1);
  message m = {0};
  m.m_w[0] = sig;
  if (action != NULL) {
    m.m_w[1] = 1;
    m.m_w[2] = (int)action->sa_handler;
    m.m_w[3] = (int)action->sa_mask;
    m.m_w[4] = action->sa_flags;
  }
  m.m_w[5] = (int)__sigreturn_trampoline;
  if (PM_CALL(PM_SIGACTION, &m) < 0) {
    return -1;
  }
  if (old != NULL) {
    old->sa_handler = (sighandler_t)m.m_w[0];
    old->sa_mask = (sigset_t)m.m_w[1];
    old->sa_flags = m.m_w[2];
  }
  return 0;
}

sighandler_t signal(int sig, sighandler_t handler) {
  struct sigaction action = {0}, old;
  action.sa_handler = handler;
  action.sa_flags = SA_RESTART;
  if (sigaction(sig, &action, &old) < 0) {
    return SIG_ERR;
  }
  return old.sa_handler;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old) {
  CHECK_READABLE(set, -1);
  CHECK_WRITABLE(old, -1);
  message m = {0};
  m.m_w[0] = how;
  if (set != NULL) {
    m.m_w[1] = 1;
    m.m_w[2] = (int)*set;
  }
  if (PM_CALL(PM_SIGPROCMASK, &m) < 0) {
    return -1;
  }
  if (old != NULL) {
    *old = (sigset_t)m.m_w[0];
  }
  return 0;
}

int sigpending(sigset_t *set) {
  if (set == NULL || !__user_writable(set, sizeof *set)) {
    errno = EFAULT;
    return -1;
  }
  message m = {0};
  if (PM_CALL(PM_SIGPENDING, &m) < 0) {
    return -1;
  }
  *set = (sigset_t)m.m_w[0];
  return 0;
}

int sigsuspend(const sigset_t *mask) {
  if (mask == NULL || !__user_readable(mask, sizeof *mask)) {
    errno = EFAULT;
    return -1;
  }
  message m = {0};
  m.m_w[0] = (int)*mask;
  PM_CALL(PM_SIGSUSPEND, &m);
  return -1;
}

int pause(void) {
  message m = {0};
  PM_CALL(PM_PAUSE, &m);
  return -1;
}

unsigned int alarm(unsigned int seconds) {
  message m = {0};
  m.m_w[0] = (int)seconds;
  int left = PM_CALL(PM_ALARM, &m);
  return left < 0 ? 0 : (unsigned int)left;
}
