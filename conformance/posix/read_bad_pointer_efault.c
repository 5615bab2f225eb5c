/* read into a buffer outside the process gives EFAULT (file and pipe). */
#include "check.h"

int main(void)
{
	int fd;
	int fds[2];

	enter_scratch("read_efault");
	make_file("f", "some data", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK_ERR(read(fd, BAD_PTR_LOW, 4), EFAULT);
	CHECK_ERR(read(fd, BAD_PTR_HIGH, 4), EFAULT);
	CHECK_OK(pipe(fds));
	CHECK_OK(write(fds[1], "abc", 3));
	CHECK_ERR(read(fds[0], BAD_PTR_HIGH, 3), EFAULT);
	return 0;
}
