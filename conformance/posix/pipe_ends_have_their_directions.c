/* The read end of a pipe cannot be written and the write end cannot be read: EBADF. */
#include "check.h"

int main(void)
{
	int fds[2];
	char c;

	CHECK_OK(pipe(fds));
	CHECK_ERR(write(fds[0], "x", 1), EBADF);
	CHECK_ERR(read(fds[1], &c, 1), EBADF);
	return 0;
}
