/* waitpid(pid) reaps that child even when another one ended first. */
#include "check.h"

int main(void)
{
	int fds[2];
	int status;
	char c;
	pid_t first, second;

	CHECK_OK(pipe(fds));
	CHECK_OK(first = fork());
	if (first == 0) {
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(1);
	}
	CHECK_OK(second = fork());
	if (second == 0)
		_exit(2);
	close(fds[0]);
	/* Let the second child end, then ask for the first by name. */
	CHECK_OK(waitpid(second, &status, 0));
	CHECK(WEXITSTATUS(status) == 2, "second child status 0x%x", status);
	CHECK_OK(write(fds[1], "x", 1));
	CHECK_OK(waitpid(first, &status, 0));
	CHECK(check_result == first, "waitpid returned %ld, expected %d", check_result, (int)first);
	CHECK(WEXITSTATUS(status) == 1, "first child status 0x%x", status);
	return 0;
}
