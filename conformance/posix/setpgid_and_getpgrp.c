/* A child can be put into its own process group; getpgrp and kill of the group agree. */
#include "check.h"

int main(void)
{
	pid_t pid;
	int fds[2];
	pid_t group;
	int status;

	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		setpgid(0, 0);
		group = getpgrp();
		write(fds[1], &group, sizeof group);
		for (;;)
			pause(); /* until killed */
	}
	CHECK_OK(setpgid(pid, pid)); /* both sides set it, as shells do */
	CHECK_OK(read(fds[0], &group, sizeof group));
	CHECK(group == pid, "child's group %d, expected %d", (int)group, (int)pid);
	CHECK(getpgrp() != pid, "parent moved into the child's group");
	CHECK_OK(kill(-pid, SIGTERM));
	status = wait_status(pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM, "group member status 0x%x", status);
	CHECK_ERR(setpgid(-1, 0), EINVAL);
	CHECK_ERR(kill(-pid, SIGTERM), ESRCH);
	return 0;
}
