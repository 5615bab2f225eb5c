/* SIGSTOP stops a child (WIFSTOPPED with WUNTRACED) and SIGCONT lets it go on. */
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
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(5);
	}
	close(fds[0]);
	CHECK_OK(kill(pid, SIGSTOP));
	CHECK_OK(waitpid(pid, &status, WUNTRACED));
	CHECK(WIFSTOPPED(status), "status 0x%x: not stopped", status);
	CHECK(WSTOPSIG(status) == SIGSTOP, "WSTOPSIG %d", WSTOPSIG(status));
	CHECK_OK(kill(pid, SIGCONT));
	CHECK_OK(write(fds[1], "x", 1));
	status = wait_status(pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5, "status 0x%x after SIGCONT", status);
	return 0;
}
