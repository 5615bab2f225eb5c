/* read, write, close, fstat and lseek of a descriptor that is not open fail with EBADF. */
#include "check.h"

int main(void)
{
	char buf[4];
	struct stat st;

	CHECK_ERR(read(-1, buf, 1), EBADF);
	CHECK_ERR(read(99999, buf, 1), EBADF);
	close(20);
	CHECK_ERR(read(20, buf, 1), EBADF);
	CHECK_ERR(write(20, buf, 1), EBADF);
	CHECK_ERR(close(20), EBADF);
	CHECK_ERR(fstat(20, &st), EBADF);
	CHECK_ERR(lseek(20, 0, SEEK_SET), EBADF);
	CHECK_ERR(fcntl(20, F_GETFD), EBADF);
	CHECK_ERR(fchdir(20), EBADF);
	return 0;
}
