#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/types.h>

#ifndef _STRUCT_TIMEVAL
#define _STRUCT_TIMEVAL
struct timeval {
  time_t tv_sec;
  suseconds_t tv_usec;
};
#endif

/* VFS's select takes 32-bit sets: bit n is descriptor n (OPEN_MAX is 32). */
#define FD_SETSIZE 32

typedef struct {
  unsigned int fds_bits[1];
} fd_set;

#define FD_ZERO(set) ((set)->fds_bits[0] = 0)
#define FD_SET(fd, set) ((set)->fds_bits[0] |= 1u << ((unsigned)(fd) & 31))
#define FD_CLR(fd, set) ((set)->fds_bits[0] &= ~(1u << ((unsigned)(fd) & 31)))
#define FD_ISSET(fd, set) (((set)->fds_bits[0] >> ((unsigned)(fd) & 31)) & 1u)

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
           struct timeval *timeout);

#endif
