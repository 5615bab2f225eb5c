/* Writing to a file grows its size and moves its modification time forward. */
#include "check.h"
#include <utime.h>

int main(void)
{
	struct utimbuf t;
	struct stat st;
	int fd;

	enter_scratch("mtime");
	make_file("f", "x", 0644);
	t.actime = 1000;
	t.modtime = 1000;
	CHECK_OK(utime("f", &t));
	CHECK_OK(fd = open("f", O_WRONLY | O_APPEND));
	CHECK_OK(write(fd, "more", 4));
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_size == 5, "size %ld", (long)st.st_size);
	CHECK(st.st_mtime > 1000, "mtime %ld not updated by write", (long)st.st_mtime);
	return 0;
}
