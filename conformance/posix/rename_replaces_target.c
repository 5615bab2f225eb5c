/* rename over an existing file replaces it atomically; the old name disappears. */
#include "check.h"

int main(void)
{
	struct stat st, before;
	char buf[16];
	int fd;

	enter_scratch("rename");
	make_file("a", "new", 0644);
	make_file("b", "old content", 0644);
	CHECK_OK(stat("a", &before));
	CHECK_OK(rename("a", "b"));
	CHECK_ERR(stat("a", &st), ENOENT);
	CHECK_OK(stat("b", &st));
	CHECK(st.st_ino == before.st_ino, "renamed file has a new inode");
	CHECK_OK(fd = open("b", O_RDONLY));
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 3 && memcmp(buf, "new", 3) == 0, "target content not replaced");
	CHECK_OK(mkdir("d", 0755));
	CHECK_OK(rename("b", "d/c"));
	CHECK_OK(stat("d/c", &st));
	CHECK_OK(rename("d/c", "d/c"));
	CHECK_OK(stat("d/c", &st));
	return 0;
}
