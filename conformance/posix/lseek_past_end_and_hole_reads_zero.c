/* Writing after seeking past the end leaves a hole that reads as zeros. */
#include "check.h"

int main(void)
{
	int fd;
	char buf[16];
	struct stat st;
	int i;

	enter_scratch("hole");
	CHECK_OK(fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644));
	CHECK_OK(write(fd, "ab", 2));
	CHECK_OK(lseek(fd, 10000, SEEK_SET));
	CHECK(check_result == 10000, "lseek returned %ld", check_result);
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_size == 2, "seeking changed the size to %ld", (long)st.st_size);
	CHECK_OK(write(fd, "z", 1));
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_size == 10001, "size %ld, expected 10001", (long)st.st_size);
	CHECK_OK(lseek(fd, 5000, SEEK_SET));
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == (long)sizeof buf, "read %ld in the hole", check_result);
	for (i = 0; i < (int)sizeof buf; i++)
		CHECK(buf[i] == 0, "hole byte %d is %d", 5000 + i, buf[i]);
	CHECK_OK(lseek(fd, -1, SEEK_END));
	CHECK(check_result == 10000, "SEEK_END -1 gave %ld", check_result);
	CHECK_OK(read(fd, buf, 4));
	CHECK(check_result == 1 && buf[0] == 'z', "last byte read %ld '%c'", check_result, buf[0]);
	return 0;
}
