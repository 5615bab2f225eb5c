/* readlink gives back the target symlink stored; open follows the link. */
#include "check.h"

int main(void)
{
	char buf[256];
	ssize_t n;
	int fd;

	enter_scratch("symlink");
	make_file("target", "via link", 0644);
	CHECK_OK(symlink("target", "link"));
	n = readlink("link", buf, sizeof buf);
	CHECK(n == 6 && memcmp(buf, "target", 6) == 0, "readlink returned %ld '%.*s'", (long)n, n > 0 ? (int)n : 0, buf);
	CHECK_OK(symlink("/some/absolute/path/that/need/not/exist", "abs"));
	n = readlink("abs", buf, sizeof buf);
	CHECK(n == 39, "readlink of abs returned %ld", (long)n);
	n = readlink("abs", buf, 4);
	CHECK(n == 4 && memcmp(buf, "/som", 4) == 0, "truncated readlink returned %ld", (long)n);
	CHECK_OK(fd = open("link", O_RDONLY));
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 8 && memcmp(buf, "via link", 8) == 0, "reading through the link gave %ld bytes", check_result);
	CHECK_ERR(readlink("target", buf, sizeof buf), EINVAL);
	CHECK_ERR(readlink("missing", buf, sizeof buf), ENOENT);
	CHECK_ERR(symlink("x", "link"), EEXIST);
	return 0;
}
