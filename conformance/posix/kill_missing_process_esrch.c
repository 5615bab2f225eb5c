/* kill of a pid that no longer exists fails with ESRCH; signal 0 only checks existence. */
#include "check.h"

int main(void)
{
	pid_t pid;

	CHECK_OK(kill(getpid(), 0));
	CHECK_OK(pid = fork());
	if (pid == 0)
		_exit(0);
	wait_child_ok(pid);
	CHECK_ERR(kill(pid, 0), ESRCH);
	CHECK_ERR(kill(pid, SIGTERM), ESRCH);
	return 0;
}
