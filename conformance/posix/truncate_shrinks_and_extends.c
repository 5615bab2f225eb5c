/* truncate and ftruncate cut a file short or extend it with zeros. */
#include "check.h"

int main(void)
{
	int fd;
	struct stat st;
	char buf[16];

	enter_scratch("truncate");
	make_file("f", "0123456789", 0644);
	CHECK_OK(truncate("f", 4));
	CHECK_OK(stat("f", &st));
	CHECK(st.st_size == 4, "size %ld after truncate to 4", (long)st.st_size);
	CHECK_OK(fd = open("f", O_RDWR));
	CHECK_OK(ftruncate(fd, 8));
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_size == 8, "size %ld after ftruncate to 8", (long)st.st_size);
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 8, "read %ld", check_result);
	CHECK(memcmp(buf, "0123\0\0\0\0", 8) == 0, "extended part not zeros");
	CHECK_ERR(truncate("f", -1), EINVAL);
	CHECK_OK(mkdir("d", 0755));
	CHECK_ERR(truncate("d", 0), EISDIR);
	return 0;
}
