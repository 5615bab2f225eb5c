/* waitpid with WNOHANG returns 0 while the child still runs. */
#include "check.h"

int main(void)
{
	int fds[2];
	int status;
	char c = 'x';
	pid_t pid;

	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(3);
	}
	close(fds[0]);
	CHECK_OK(waitpid(pid, &status, WNOHANG));
	CHECK(check_result == 0, "waitpid WNOHANG returned %ld while child runs", check_result);
	CHECK_OK(write(fds[1], &c, 1));
	status = wait_status(pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3, "status 0x%x, expected exit 3", status);
	return 0;
}
