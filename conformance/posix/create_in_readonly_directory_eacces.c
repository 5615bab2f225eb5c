/* A non-root user cannot create or remove names in a directory without write permission. */
#include "check.h"

int main(void)
{
	pid_t pid;

	enter_scratch("rodir");
	CHECK_OK(chmod(".", 0777));
	CHECK_OK(mkdir("d", 0555));
	CHECK_OK(chmod("d", 0755));
	make_file("d/f", "x", 0644);
	CHECK_OK(chmod("d", 0555));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_ERR(open("d/new", O_WRONLY | O_CREAT, 0644), EACCES);
		CHECK_ERR(unlink("d/f"), EACCES);
		CHECK_ERR(mkdir("d/sub", 0755), EACCES);
		_exit(0);
	}
	wait_child_ok(pid);
	CHECK_OK(chmod("d", 0755));
	return 0;
}
