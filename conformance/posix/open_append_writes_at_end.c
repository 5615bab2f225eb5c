/* With O_APPEND every write goes to the end, whatever the offset was. */
#include "check.h"

int main(void)
{
	int fd;
	char buf[16];

	enter_scratch("append");
	make_file("f", "abc", 0644);
	CHECK_OK(fd = open("f", O_RDWR | O_APPEND));
	CHECK_OK(lseek(fd, 0, SEEK_SET));
	CHECK_OK(write(fd, "XY", 2));
	CHECK_OK(lseek(fd, 0, SEEK_CUR));
	CHECK(check_result == 5, "offset %ld after append, expected 5", check_result);
	CHECK_OK(lseek(fd, 0, SEEK_SET));
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 5 && memcmp(buf, "abcXY", 5) == 0, "content '%.*s'", (int)check_result, buf);
	return 0;
}
