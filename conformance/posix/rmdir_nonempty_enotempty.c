/* rmdir of a directory with entries fails with ENOTEMPTY (or EEXIST); empty, it succeeds. */
#include "check.h"

int main(void)
{
	struct stat st;

	enter_scratch("enotempty");
	CHECK_OK(mkdir("d", 0755));
	make_file("d/f", "x", 0644);
	errno = 0;
	CHECK(rmdir("d") == -1 && (errno == ENOTEMPTY || errno == EEXIST), "rmdir of a non-empty directory: errno %d (%s), expected ENOTEMPTY", errno, strerror(errno));
	CHECK_OK(unlink("d/f"));
	CHECK_OK(rmdir("d"));
	CHECK_ERR(stat("d", &st), ENOENT);
	return 0;
}
