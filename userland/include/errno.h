#ifndef _ERRNO_H
#define _ERRNO_H

#include <minix/errno_numbers.h>

#define EWOULDBLOCK EAGAIN

extern int errno;

#endif
