/* fstat of a pipe shows a FIFO; lseek on it fails with ESPIPE. */
#include "check.h"

int main(void)
{
	int fds[2];
	struct stat st;

	CHECK_OK(pipe(fds));
	CHECK_OK(fstat(fds[0], &st));
	CHECK(S_ISFIFO(st.st_mode), "mode 0%o is not a FIFO", (unsigned)st.st_mode);
	CHECK_ERR(lseek(fds[0], 0, SEEK_SET), ESPIPE);
	CHECK_ERR(lseek(fds[1], 0, SEEK_CUR), ESPIPE);
	return 0;
}
