/* A signal with the default action ends the child; wait reports which signal. */
#include "check.h"

int main(void)
{
	int status;
	pid_t pid;
	int fds[2];
	char c;

	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		close(fds[0]);
		for (;;)
			pause();
	}
	CHECK_OK(kill(pid, SIGTERM));
	status = wait_status(pid);
	CHECK(WIFSIGNALED(status), "status 0x%x: not killed by a signal", status);
	CHECK(WTERMSIG(status) == SIGTERM, "WTERMSIG %d, expected SIGTERM", WTERMSIG(status));
	CHECK(!WIFEXITED(status), "WIFEXITED true for a killed child");
	close(fds[1]);
	/* The child's end of the pipe is closed: the read sees end of file. */
	CHECK_OK(read(fds[0], &c, 1));
	CHECK(check_result == 0, "read %ld from a pipe with no writers", check_result);
	return 0;
}
