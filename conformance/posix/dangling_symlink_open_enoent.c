/* A link to nothing: open fails with ENOENT, lstat works, O_CREAT creates the target. */
#include "check.h"

int main(void)
{
	struct stat st;
	int fd;

	enter_scratch("dangling");
	CHECK_OK(symlink("nowhere", "link"));
	CHECK_ERR(open("link", O_RDONLY), ENOENT);
	CHECK_ERR(stat("link", &st), ENOENT);
	CHECK_OK(lstat("link", &st));
	CHECK_OK(fd = open("link", O_WRONLY | O_CREAT, 0644));
	close(fd);
	CHECK_OK(stat("nowhere", &st));
	CHECK_OK(unlink("link"));
	CHECK_OK(stat("nowhere", &st));
	return 0;
}
