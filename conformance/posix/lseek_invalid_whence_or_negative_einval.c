/* lseek with an unknown whence, or to a negative offset, fails with EINVAL. */
#include "check.h"

int main(void)
{
	int fd;

	enter_scratch("lseek_einval");
	make_file("f", "abc", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK_ERR(lseek(fd, 0, 12345), EINVAL);
	CHECK_ERR(lseek(fd, -10, SEEK_SET), EINVAL);
	CHECK_ERR(lseek(fd, -10, SEEK_END), EINVAL);
	CHECK_OK(lseek(fd, 0, SEEK_CUR));
	CHECK(check_result == 0, "failed lseek moved the offset to %ld", check_result);
	return 0;
}
