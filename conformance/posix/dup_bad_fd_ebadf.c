/* dup and dup2 of a descriptor that is not open fail with EBADF; dup2 to a bad number too. */
#include "check.h"

int main(void)
{
	int fd;

	close(21);
	CHECK_ERR(dup(21), EBADF);
	CHECK_ERR(dup(-5), EBADF);
	CHECK_ERR(dup2(21, 22), EBADF);
	CHECK_OK(fd = dup(1 <= fcntl(1, F_GETFD) ? 1 : 0));
	CHECK_ERR(dup2(fd, -1), EBADF);
	CHECK_ERR(dup2(fd, 1 << 20), EBADF);
	return 0;
}
