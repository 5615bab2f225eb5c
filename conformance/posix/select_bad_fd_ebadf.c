/* select on a descriptor that is not open fails with EBADF. */
#include "check.h"
#include <sys/time.h>
#include <sys/select.h>

int main(void)
{
	fd_set rd;
	struct timeval tv;
	int fd;

	CHECK_OK(fd = dup(0 <= fcntl(0, F_GETFD) ? 0 : 1));
	close(fd);
	FD_ZERO(&rd);
	FD_SET(fd, &rd);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	CHECK_ERR(select(fd + 1, &rd, NULL, NULL, &tv), EBADF);
	return 0;
}
