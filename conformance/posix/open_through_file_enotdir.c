/* A path that uses a regular file as a directory fails with ENOTDIR. */
#include "check.h"

int main(void)
{
	struct stat st;

	enter_scratch("enotdir");
	make_file("f", "x", 0644);
	CHECK_ERR(open("f/x", O_RDONLY), ENOTDIR);
	CHECK_ERR(open("f/x", O_WRONLY | O_CREAT, 0644), ENOTDIR);
	CHECK_ERR(stat("f/x", &st), ENOTDIR);
	CHECK_ERR(mkdir("f/d", 0755), ENOTDIR);
	CHECK_ERR(rmdir("f"), ENOTDIR);
	return 0;
}
