/* isatty is false for a pipe and a regular file (ENOTTY), and for a closed descriptor (EBADF). */
#include "check.h"

int main(void)
{
	int fds[2];
	int fd;

	enter_scratch("isatty");
	CHECK_OK(pipe(fds));
	errno = 0;
	CHECK(isatty(fds[0]) == 0 && errno == ENOTTY, "isatty of a pipe: errno %d", errno);
	make_file("f", "x", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	errno = 0;
	CHECK(isatty(fd) == 0 && errno == ENOTTY, "isatty of a file: errno %d", errno);
	close(fd);
	errno = 0;
	CHECK(isatty(fd) == 0 && errno == EBADF, "isatty of a closed descriptor: errno %d", errno);
	return 0;
}
