/* A descriptor opened read-only cannot be written, and write-only cannot be read: EBADF. */
#include "check.h"

int main(void)
{
	int fd;
	char c;

	enter_scratch("rdonly");
	make_file("f", "abc", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK_ERR(write(fd, "x", 1), EBADF);
	close(fd);
	CHECK_OK(fd = open("f", O_WRONLY));
	CHECK_ERR(read(fd, &c, 1), EBADF);
	close(fd);
	return 0;
}
