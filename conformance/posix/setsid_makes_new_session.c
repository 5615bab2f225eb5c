/* setsid in a non-leader makes a new session and group led by the caller; a leader gets EPERM. */
#include "check.h"

int main(void)
{
	pid_t pid;

	CHECK_OK(pid = fork());
	if (pid == 0) {
		pid_t sid = setsid();

		if (sid != getpid())
			FAIL("setsid returned %d, expected %d (errno %d)", (int)sid, (int)getpid(), errno);
		if (getpgrp() != getpid())
			FAIL("process group %d after setsid", (int)getpgrp());
		CHECK_ERR(setsid(), EPERM);
		_exit(0);
	}
	wait_child_ok(pid);
	return 0;
}
