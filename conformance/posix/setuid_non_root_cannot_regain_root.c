/* A process that gave up root cannot take it back: setuid(0) fails with EPERM. */
#include "check.h"

int main(void)
{
	pid_t pid;

	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_ERR(setuid(0), EPERM);
		CHECK(getuid() != 0 && geteuid() != 0, "uid became 0");
		_exit(0);
	}
	wait_child_ok(pid);
	return 0;
}
