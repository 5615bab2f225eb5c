/* /dev/null reads as empty and swallows writes; /dev/zero reads as zeros. */
#include "check.h"

int main(void)
{
	char buf[64];
	int fd, i;

	CHECK_OK(fd = open("/dev/null", O_RDWR));
	CHECK_OK(write(fd, "gone", 4));
	CHECK(check_result == 4, "write to /dev/null returned %ld", check_result);
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 0, "read from /dev/null returned %ld", check_result);
	close(fd);
	CHECK_OK(fd = open("/dev/zero", O_RDONLY));
	memset(buf, 'x', sizeof buf);
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == (long)sizeof buf, "read from /dev/zero returned %ld", check_result);
	for (i = 0; i < (int)sizeof buf; i++)
		CHECK(buf[i] == 0, "byte %d of /dev/zero is %d", i, buf[i]);
	return 0;
}
