/* Opening a missing file without O_CREAT, or in a missing directory, fails with ENOENT. */
#include "check.h"

int main(void)
{
	struct stat st;

	enter_scratch("enoent");
	CHECK_ERR(open("missing", O_RDONLY), ENOENT);
	CHECK_ERR(open("missing", O_RDWR), ENOENT);
	CHECK_ERR(open("nodir/file", O_RDWR | O_CREAT, 0644), ENOENT);
	CHECK_ERR(stat("missing", &st), ENOENT);
	CHECK_ERR(lstat("missing", &st), ENOENT);
	CHECK_ERR(unlink("missing"), ENOENT);
	CHECK_ERR(chdir("missing"), ENOENT);
	CHECK_ERR(access("missing", F_OK), ENOENT);
	CHECK_ERR(chmod("missing", 0644), ENOENT);
	CHECK_ERR(rename("missing", "other"), ENOENT);
	return 0;
}
