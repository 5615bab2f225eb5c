/* SIGALRM with the default action ends the process. */
#include "check.h"

int main(void)
{
	int status;
	pid_t pid;

	CHECK_OK(pid = fork());
	if (pid == 0) {
		alarm(1);
		for (;;)
			pause();
	}
	status = wait_status(pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM, "status 0x%x, expected SIGALRM", status);
	return 0;
}
