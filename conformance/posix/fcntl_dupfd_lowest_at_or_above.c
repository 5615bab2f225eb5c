/* F_DUPFD gives the lowest free descriptor at or above its argument; F_DUPFD bad arg EINVAL. */
#include "check.h"

int main(void)
{
	int fd;

	enter_scratch("dupfd");
	make_file("f", "x", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	close(10);
	close(11);
	CHECK_OK(fcntl(fd, F_DUPFD, 10));
	CHECK(check_result == 10, "F_DUPFD 10 returned %ld", check_result);
	CHECK_OK(fcntl(fd, F_DUPFD, 10));
	CHECK(check_result == 11, "second F_DUPFD 10 returned %ld", check_result);
	CHECK_OK(fcntl(10, F_GETFD));
	CHECK(!(check_result & FD_CLOEXEC), "F_DUPFD copy has FD_CLOEXEC");
	CHECK_ERR(fcntl(fd, F_DUPFD, -1), EINVAL);
	return 0;
}
