/* A child has a new pid, and its parent's pid is the parent's. */
#include "check.h"

int main(void)
{
	pid_t parent = getpid();
	pid_t pid;
	int fds[2];
	pid_t seen[2];

	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		seen[0] = getpid();
		seen[1] = getppid();
		write(fds[1], seen, sizeof seen);
		_exit(0);
	}
	CHECK(pid != parent, "fork returned the parent's own pid %d", (int)pid);
	CHECK_OK(read(fds[0], seen, sizeof seen));
	CHECK(check_result == (long)sizeof seen, "short read %ld", check_result);
	CHECK(seen[0] == pid, "child getpid %d, fork returned %d", (int)seen[0], (int)pid);
	CHECK(seen[1] == parent, "child getppid %d, parent is %d", (int)seen[1], (int)parent);
	wait_child_ok(pid);
	return 0;
}
