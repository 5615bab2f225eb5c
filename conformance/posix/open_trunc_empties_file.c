/* O_TRUNC empties an existing file. */
#include "check.h"

int main(void)
{
	int fd;
	struct stat st;

	enter_scratch("trunc");
	make_file("f", "some content", 0644);
	CHECK_OK(fd = open("f", O_WRONLY | O_TRUNC));
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_size == 0, "size %ld after O_TRUNC", (long)st.st_size);
	return 0;
}
