/* Opening descriptors until none is left fails with EMFILE; closing one makes room again. */
#include "check.h"

int main(void)
{
	int first = -1, last = -1;
	int n = 0;
	int fd;
	int e;

	enter_scratch("emfile");
	make_file("f", "x", 0644);
	for (;;) {
		errno = 0;
		fd = open("f", O_RDONLY);
		if (fd < 0)
			break;
		if (first < 0)
			first = fd;
		last = fd;
		n++;
	}
	e = errno;
	CHECK(e == EMFILE, "open failed after %d descriptors with errno %d (%s), expected EMFILE", n, e, strerror(e));
	CHECK(n > 3, "only %d descriptors could be opened", n);
	CHECK_ERR(dup(first), EMFILE);
	{
		int p[2];

		CHECK_ERR(pipe(p), EMFILE);
	}
	CHECK_OK(close(last));
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK(fd == last, "reopened as %d, expected %d", fd, last);
	return 0;
}
