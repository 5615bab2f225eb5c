/* Terminal calls: ioctl to VFS (which passes it to the tty driver), termios, ttyname, select. */
#include "libc.h"
#include <limits.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <termios.h>
#include <unistd.h>

int ioctl(int fd, int request, ...) {
  va_list args;
  va_start(args, request);
  void *argument = va_arg(args, void *);
  va_end(args);
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = request;
  m.m_w[2] = (int)argument;
  return VFS_CALL(VFS_IOCTL, &m);
}

int tcgetattr(int fd, struct termios *t) {
  if (t == NULL) {
    errno = EFAULT;
    return -1;
  }
  return ioctl(fd, TCGETS, t) < 0 ? -1 : 0;
}

int tcsetattr(int fd, int action, const struct termios *t) {
  int request;
  switch (action) {
    case TCSANOW: request = TCSETS; break;
    case TCSADRAIN: request = TCSETSW; break;
    case TCSAFLUSH: request = TCSETSF; break;
    default: errno = EINVAL; return -1;
  }
  return ioctl(fd, request, t) < 0 ? -1 : 0;
}

int tcdrain(int fd) {
  struct termios t;
  if (tcgetattr(fd, &t) < 0) {
    return -1;
  }
  return tcsetattr(fd, TCSADRAIN, &t);
}

int tcflush(int fd, int queue) {
  struct termios t;
  if (tcgetattr(fd, &t) < 0) {
    return -1;
  }
  return queue == TCOFLUSH ? 0 : tcsetattr(fd, TCSAFLUSH, &t);
}

pid_t tcgetpgrp(int fd) {
  pid_t pgrp;
  if (ioctl(fd, TIOCGPGRP, &pgrp) < 0) {
    return -1;
  }
  return pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp) {
  return ioctl(fd, TIOCSPGRP, &pgrp) < 0 ? -1 : 0;
}

int isatty(int fd) {
  struct termios t;
  int saved = errno;
  if (tcgetattr(fd, &t) < 0) {
    if (errno != EBADF) {
      errno = ENOTTY;
    }
    return 0;
  }
  errno = saved;
  return 1;
}

int ttyname_r(int fd, char *buffer, size_t size) {
  if (buffer == NULL || !__user_writable(buffer, size)) {
    return EFAULT;
  }
  message m = {0};
  m.m_w[0] = fd;
  m.m_w[1] = (int)buffer;
  m.m_w[2] = (int)size;
  if (VFS_CALL(VFS_TTYNAME, &m) < 0) {
    return errno;
  }
  return 0;
}

char *ttyname(int fd) {
  static char name[TTY_NAME_MAX];
  int error = ttyname_r(fd, name, sizeof name);
  if (error != 0) {
    errno = error;
    return NULL;
  }
  return name;
}

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
           struct timeval *timeout) {
  CHECK_WRITABLE(readfds, -1);
  CHECK_WRITABLE(writefds, -1);
  CHECK_WRITABLE(exceptfds, -1);
  CHECK_WRITABLE(timeout, -1);
  message m = {0};
  m.m_w[0] = nfds;
  m.m_w[1] = readfds != NULL ? (int)readfds->fds_bits[0] : 0;
  m.m_w[2] = writefds != NULL ? (int)writefds->fds_bits[0] : 0;
  m.m_w[3] = exceptfds != NULL ? (int)exceptfds->fds_bits[0] : 0;
  if (timeout == NULL) {
    m.m_w[4] = -1;
  } else {
    if (timeout->tv_sec < 0 || timeout->tv_usec < 0 || timeout->tv_usec >= 1000000) {
      errno = EINVAL;
      return -1;
    }
    long long ms = (long long)timeout->tv_sec * 1000 + (timeout->tv_usec + 999) / 1000;
    m.m_w[4] = ms > 0x7fffffff ? 0x7fffffff : (int)ms;
  }
  int ready = VFS_CALL(VFS_SELECT, &m);
  if (ready < 0) {
    return -1;
  }
  if (readfds != NULL) {
    readfds->fds_bits[0] = (unsigned int)m.m_w[0];
  }
  if (writefds != NULL) {
    writefds->fds_bits[0] = (unsigned int)m.m_w[1];
  }
  if (exceptfds != NULL) {
    exceptfds->fds_bits[0] = (unsigned int)m.m_w[2];
  }
  return ready;
}
