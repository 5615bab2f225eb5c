/* A read from a pipe returns 0 (end of file) once every writer has closed it. */
#include "check.h"

int main(void)
{
	int fds[2];
	char buf[16];
	pid_t pid;

	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		close(fds[0]);
		write(fds[1], "hello", 5);
		_exit(0);
	}
	close(fds[1]);
	CHECK_OK(read(fds[0], buf, sizeof buf));
	CHECK(check_result == 5 && memcmp(buf, "hello", 5) == 0, "read %ld bytes, expected 'hello'", check_result);
	CHECK_OK(read(fds[0], buf, sizeof buf));
	CHECK(check_result == 0, "read %ld after the writer closed, expected 0 (EOF)", check_result);
	wait_child_ok(pid);
	return 0;
}
