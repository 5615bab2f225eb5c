/* A descriptor made by dup2 shares the file offset with the original. */
#include "check.h"

int main(void)
{
	int fd, other;
	char buf[4];

	enter_scratch("dup2_offset");
	make_file("f", "abcdefgh", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	other = fd + 5;
	CHECK_OK(dup2(fd, other));
	CHECK(check_result == other, "dup2 returned %ld, expected %d", check_result, other);
	CHECK_OK(read(fd, buf, 3));
	CHECK_OK(lseek(other, 0, SEEK_CUR));
	CHECK(check_result == 3, "offset of the copy is %ld, expected 3", check_result);
	CHECK_OK(read(other, buf, 2));
	CHECK(memcmp(buf, "de", 2) == 0, "copy read '%.2s', expected 'de'", buf);
	CHECK_OK(lseek(fd, 0, SEEK_CUR));
	CHECK(check_result == 5, "offset of the original is %ld, expected 5", check_result);
	CHECK_OK(dup2(fd, fd));
	CHECK(check_result == fd, "dup2(fd, fd) returned %ld", check_result);
	close(fd);
	CHECK_OK(read(other, buf, 1));
	CHECK(buf[0] == 'f', "copy unusable after closing the original");
	return 0;
}
