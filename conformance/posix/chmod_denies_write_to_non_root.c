/* Without write permission a non-root user cannot open a file for writing: EACCES. */
#include "check.h"

int main(void)
{
	pid_t pid;
	int fd;

	enter_scratch("chmod_deny");
	CHECK_OK(chmod(".", 0777));
	make_file("f", "x", 0644);
	CHECK_OK(chmod("f", 0444));
	if (getuid() == 0) {
		/* root may write anyway */
		CHECK_OK(fd = open("f", O_WRONLY));
		close(fd);
	}
	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_ERR(open("f", O_WRONLY), EACCES);
		CHECK_ERR(open("f", O_RDWR | O_TRUNC), EACCES);
		CHECK_OK(fd = open("f", O_RDONLY));
		_exit(0);
	}
	wait_child_ok(pid);
	return 0;
}
