/* A file unlinked while open stays readable through its descriptor. */
#include "check.h"

int main(void)
{
	int fd;
	char buf[16];
	struct stat st;

	enter_scratch("unlinked_open");
	make_file("f", "still here", 0644);
	CHECK_OK(fd = open("f", O_RDWR));
	CHECK_OK(unlink("f"));
	CHECK_ERR(stat("f", &st), ENOENT);
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_nlink == 0, "link count %ld after unlink", (long)st.st_nlink);
	CHECK_OK(read(fd, buf, sizeof buf));
	CHECK(check_result == 10 && memcmp(buf, "still here", 10) == 0, "read %ld bytes after unlink", check_result);
	CHECK_OK(write(fd, "!", 1));
	return 0;
}
