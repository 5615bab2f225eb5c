/* waitpid of a pid that is not a child (our parent, a reaped child) fails with ECHILD. */
#include "check.h"

int main(void)
{
	int status;
	pid_t pid;

	CHECK_ERR(waitpid(getppid(), &status, 0), ECHILD);
	CHECK_OK(pid = fork());
	if (pid == 0)
		_exit(0);
	wait_child_ok(pid);
	CHECK_ERR(waitpid(pid, &status, 0), ECHILD);
	return 0;
}
