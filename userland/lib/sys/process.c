/* Process calls to PM: fork, _exit, wait, ids, process groups and sessions. */
#include "libc.h"
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

pid_t fork(void) {
  message m = {0};
  return PM_CALL(PM_FORK, &m);
}

void _exit(int status) {
  for (;;) {
    message m = {0};
    m.m_w[0] = status;
    PM_CALL(PM_EXIT, &m);
  }
}

void _Exit(int status) {
  _exit(status);
}

pid_t waitpid(pid_t pid, int *status, int options) {
  CHECK_WRITABLE(status, -1);
  message m = {0};
  m.m_w[0] = pid;
  m.m_w[1] = options;
  int result = PM_CALL(PM_WAITPID, &m);
  if (result > 0 && status != NULL) {
    *status = m.m_w[0];
  }
  return result;
}

pid_t wait(int *status) {
  return waitpid(-1, status, 0);
}

/* GETPID: result pid; w0 parent, w1 process group, w2 session. */
static int getpid_word(int word) {
  message m = {0};
  int pid = PM_CALL(PM_GETPID, &m);
  return word < 0 ? pid : m.m_w[word];
}

pid_t getpid(void) {
  return getpid_word(-1);
}

pid_t getppid(void) {
  return getpid_word(0);
}

pid_t getpgrp(void) {
  return getpid_word(1);
}

uid_t getuid(void) {
  message m = {0};
  return PM_CALL(PM_GETUID, &m);
}

uid_t geteuid(void) {
  message m = {0};
  PM_CALL(PM_GETUID, &m);
  return m.m_w[0];
}

gid_t getgid(void) {
  message m = {0};
  return PM_CALL(PM_GETGID, &m);
}

gid_t getegid(void) {
  message m = {0};
  PM_CALL(PM_GETGID, &m);
  return m.m_w[0];
}

int setuid(uid_t uid) {
  message m = {0};
  m.m_w[0] = uid;
  return PM_CALL(PM_SETUID, &m) < 0 ? -1 : 0;
}

int setgid(gid_t gid) {
  message m = {0};
  m.m_w[0] = gid;
  return PM_CALL(PM_SETGID, &m) < 0 ? -1 : 0;
}

int seteuid(uid_t uid) {
  return setuid(uid);
}

int setegid(gid_t gid) {
  return setgid(gid);
}

int setpgid(pid_t pid, pid_t pgid) {
  message m = {0};
  m.m_w[0] = pid;
  m.m_w[1] = pgid;
  return PM_CALL(PM_SETPGID, &m) < 0 ? -1 : 0;
}

int setpgrp(void) {
  return setpgid(0, 0);
}

pid_t getpgid(pid_t pid) {
  message m = {0};
  m.m_w[0] = pid;
  return PM_CALL(PM_GETPGID, &m);
}

pid_t setsid(void) {
  message m = {0};
  return PM_CALL(PM_SETSID, &m);
}

pid_t getsid(pid_t pid) {
  message m = {0};
  m.m_w[0] = pid;
  return PM_CALL(PM_GETSID, &m);
}

int kill(pid_t pid, int sig) {
  message m = {0};
  m.m_w[0] = pid;
  m.m_w[1] = sig;
  return PM_CALL(PM_KILL, &m) < 0 ? -1 : 0;
}

int killpg(pid_t pgrp, int sig) {
  if (pgrp <= 1) {
    errno = EINVAL;
    return -1;
  }
  return kill(-pgrp, sig);
}

int raise(int sig) {
  return kill(getpid(), sig);
}

int reboot_status(int how, int status) {
  message m = {0};
  m.m_w[0] = how;
  m.m_w[1] = status;
  return PM_CALL(PM_REBOOT, &m) < 0 ? -1 : 0;
}

int reboot(int how) {
  return reboot_status(how, 0);
}
