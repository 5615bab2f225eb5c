/* Time calls to PM: time, gettimeofday, clock_gettime, nanosleep and sleep, times, clock. */
#include "libc.h"
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

time_t time(time_t *result) {
  CHECK_WRITABLE(result, (time_t)-1);
  message m = {0};
  if (PM_CALL(PM_TIME, &m) < 0) {
    return (time_t)-1;
  }
  if (result != NULL) {
    *result = m.m_w[0];
  }
  return m.m_w[0];
}

int gettimeofday(struct timeval *tv, void *tz) {
  CHECK_WRITABLE(tv, -1);
  CHECK_WRITABLE((struct timezone *)tz, -1);
  message m = {0};
  if (PM_CALL(PM_TIME, &m) < 0) {
    return -1;
  }
  if (tv != NULL) {
    tv->tv_sec = m.m_w[0];
    tv->tv_usec = m.m_w[1] / 1000;
  }
  if (tz != NULL) {
    struct timezone *zone = tz;
    zone->tz_minuteswest = 0;
    zone->tz_dsttime = 0;
  }
  return 0;
}

clock_t times(struct tms *buffer) {
  CHECK_WRITABLE(buffer, (clock_t)-1);
  message m = {0};
  int ticks = PM_CALL(PM_TIMES, &m);
  if (ticks < 0) {
    return (clock_t)-1;
  }
  if (buffer != NULL) {
    buffer->tms_utime = m.m_w[0];
    buffer->tms_stime = m.m_w[1];
    buffer->tms_cutime = m.m_w[2];
    buffer->tms_cstime = m.m_w[3];
  }
  return ticks;
}

clock_t clock(void) {
  struct tms t = {0, 0, 0, 0};
  if (times(&t) == (clock_t)-1) {
    return (clock_t)-1;
  }
  return t.tms_utime + t.tms_stime;
}

int clock_gettime(clockid_t clock, struct timespec *result) {
  if (result == NULL || !__user_writable(result, sizeof *result)) {
    errno = EFAULT;
    return -1;
  }
  if (clock == CLOCK_MONOTONIC) {
    message m = {0};
    int ticks = PM_CALL(PM_TIMES, &m);
    if (ticks < 0) {
      return -1;
    }
    result->tv_sec = ticks / CLK_TCK;
    result->tv_nsec = (ticks % CLK_TCK) * (1000000000 / CLK_TCK);
    return 0;
  }
  if (clock != CLOCK_REALTIME) {
    errno = EINVAL;
    return -1;
  }
  message m = {0};
  if (PM_CALL(PM_TIME, &m) < 0) {
    return -1;
  }
  result->tv_sec = m.m_w[0];
  result->tv_nsec = m.m_w[1];
  return 0;
}

int nanosleep(const struct timespec *request, struct timespec *remaining) {
  if (!__user_readable(request, sizeof *request)) {
    errno = EFAULT;
    return -1;
  }
  if (request->tv_nsec < 0 || request->tv_nsec >= 1000000000 || request->tv_sec < 0) {
    errno = EINVAL;
    return -1;
  }
  message m = {0};
  m.m_w[0] = request->tv_sec;
  m.m_w[1] = request->tv_nsec;
  CHECK_WRITABLE(remaining, -1);
  if (PM_CALL(PM_NANOSLEEP, &m) < 0) {
    if (errno == EINTR && remaining != NULL) {
      remaining->tv_sec = m.m_w[0];
      remaining->tv_nsec = m.m_w[1];
    }
    return -1;
  }
  return 0;
}

unsigned int sleep(unsigned int seconds) {
  struct timespec request = {(time_t)seconds, 0}, left = {0, 0};
  if (nanosleep(&request, &left) < 0) {
    return errno == EINTR ? (unsigned int)left.tv_sec + (left.tv_nsec > 0) : seconds;
  }
  return 0;
}

int usleep(useconds_t microseconds) {
  struct timespec request = {(time_t)(microseconds / 1000000),
                             (long)(microseconds % 1000000) * 1000};
  return nanosleep(&request, NULL);
}
