/* Writing to a pipe without readers raises SIGPIPE; ignored, the write fails with EPIPE. */
#include "check.h"

int main(void)
{
	struct sigaction sa;
	int fds[2];
	int status;
	pid_t pid;

	CHECK_OK(pipe(fds));
	close(fds[0]);
	CHECK_OK(pid = fork());
	if (pid == 0) {
		write(fds[1], "x", 1);
		_exit(0); /* only if SIGPIPE did not kill us */
	}
	status = wait_status(pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE, "writer status 0x%x, expected death by SIGPIPE", status);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGPIPE, &sa, NULL));
	CHECK_ERR(write(fds[1], "x", 1), EPIPE);
	return 0;
}
