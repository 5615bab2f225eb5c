/* link adds a name and a link count; unlink removes one; the data lives while a name does. */
#include "check.h"

int main(void)
{
	struct stat a, b;
	char buf[8];
	int fd;

	enter_scratch("link");
	make_file("one", "data", 0644);
	CHECK_OK(link("one", "two"));
	CHECK_OK(stat("one", &a));
	CHECK_OK(stat("two", &b));
	CHECK(a.st_ino == b.st_ino, "linked names have inodes %ld and %ld", (long)a.st_ino, (long)b.st_ino);
	CHECK(a.st_nlink == 2, "link count %ld, expected 2", (long)a.st_nlink);
	CHECK_OK(unlink("one"));
	CHECK_OK(stat("two", &b));
	CHECK(b.st_nlink == 1, "link count %ld after unlink, expected 1", (long)b.st_nlink);
	CHECK_OK(fd = open("two", O_RDONLY));
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 4 && memcmp(buf, "data", 4) == 0, "content lost through the second name");
	CHECK_ERR(link("missing", "three"), ENOENT);
	CHECK_ERR(link("two", "two"), EEXIST);
	return 0;
}
