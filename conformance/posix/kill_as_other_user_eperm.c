/* An unprivileged process may not signal a process of another user: EPERM. */
#include "check.h"

int main(void)
{
	pid_t pid;

	if (getuid() != 0)
		return 0; /* needs a root parent to make the two users */
	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_ERR(kill(1, SIGTERM), EPERM);
		CHECK_ERR(kill(getppid(), 0), EPERM);
		_exit(0);
	}
	wait_child_ok(pid);
	return 0;
}
