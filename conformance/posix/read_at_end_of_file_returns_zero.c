/* read at the end of a file returns 0; a short file gives a short read. */
#include "check.h"

int main(void)
{
	int fd;
	char buf[64];

	enter_scratch("eof");
	make_file("f", "12345", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 5, "read %ld, expected 5", check_result);
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 0, "read at EOF returned %ld", check_result);
	CHECK_OK(read(fd, buf, 0));
	CHECK(check_result == 0, "read of 0 bytes returned %ld", check_result);
	return 0;
}
