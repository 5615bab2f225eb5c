#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <minix/termios_layout.h>

struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};

_Static_assert(sizeof(struct winsize) == WINSIZE_BYTES, "struct winsize matches the ABI");

int ioctl(int fd, int request, ...);

#endif
