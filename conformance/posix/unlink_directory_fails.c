/* unlink of a directory fails (EPERM by POSIX, EISDIR on some systems) and leaves it. */
#include "check.h"

int main(void)
{
	struct stat st;

	enter_scratch("unlink_dir");
	CHECK_OK(mkdir("d", 0755));
	errno = 0;
	CHECK(unlink("d") == -1 && (errno == EPERM || errno == EISDIR), "unlink of a directory: errno %d (%s), expected EPERM or EISDIR", errno, strerror(errno));
	CHECK_OK(stat("d", &st));
	CHECK(S_ISDIR(st.st_mode), "directory gone");
	return 0;
}
