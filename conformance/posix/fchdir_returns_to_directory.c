/* fchdir to a descriptor of a directory makes it the current one; of a file: ENOTDIR. */
#include "check.h"

int main(void)
{
	char base[1024], here[1024];
	int fd, ffd;

	enter_scratch("fchdir");
	CHECK(getcwd(base, sizeof base) != NULL, "getcwd errno %d", errno);
	CHECK_OK(fd = open(".", O_RDONLY));
	make_file("f", "x", 0644);
	CHECK_OK(ffd = open("f", O_RDONLY));
	CHECK_OK(chdir("/"));
	CHECK_OK(fchdir(fd));
	CHECK(getcwd(here, sizeof here) != NULL, "getcwd errno %d", errno);
	CHECK(strcmp(here, base) == 0, "after fchdir '%s', expected '%s'", here, base);
	CHECK_ERR(fchdir(ffd), ENOTDIR);
	return 0;
}
