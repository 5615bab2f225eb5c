#ifndef _TERMIOS_H
#define _TERMIOS_H

#include <sys/types.h>
#include <minix/termios_layout.h>

typedef unsigned int tcflag_t;
typedef unsigned char cc_t;
typedef unsigned int speed_t;

/* The layout the terminal driver reads and writes (minix/termios_layout.h). */
struct termios {
  tcflag_t c_iflag;
  tcflag_t c_oflag;
  tcflag_t c_cflag;
  tcflag_t c_lflag;
  cc_t c_cc[NCCS];
  speed_t c_ispeed;
  speed_t c_ospeed;
};

_Static_assert(sizeof(struct termios) == TERMIOS_BYTES, "struct termios matches the ABI");
_Static_assert(__builtin_offsetof(struct termios, c_ispeed) == TERMIOS_ISPEED, "c_ispeed");

#define TCSANOW 0
#define TCSADRAIN 1
#define TCSAFLUSH 2

#define TCIFLUSH 0
#define TCOFLUSH 1
#define TCIOFLUSH 2

#define B0 0
#define B9600 0000015
#define B19200 0000016
#define B38400 0000017
#define B115200 0010002

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int action, const struct termios *t);
int tcdrain(int fd);
int tcflush(int fd, int queue);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
speed_t cfgetispeed(const struct termios *t);
speed_t cfgetospeed(const struct termios *t);
int cfsetispeed(struct termios *t, speed_t speed);
int cfsetospeed(struct termios *t, speed_t speed);
void cfmakeraw(struct termios *t);

#endif
