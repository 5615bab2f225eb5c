/* select reports a pipe readable only once data is there, and writable while it has room. */
#include "check.h"
#include <sys/time.h>
#include <sys/select.h>

int main(void)
{
	int fds[2];
	fd_set rd, wr;
	struct timeval tv;
	pid_t pid;

	CHECK_OK(pipe(fds));
	FD_ZERO(&rd);
	FD_SET(fds[0], &rd);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	CHECK_OK(select(fds[0] + 1, &rd, NULL, NULL, &tv));
	CHECK(check_result == 0, "empty pipe reported readable (select returned %ld)", check_result);
	FD_ZERO(&wr);
	FD_SET(fds[1], &wr);
	tv.tv_sec = 1;
	tv.tv_usec = 0;
	CHECK_OK(select(fds[1] + 1, NULL, &wr, NULL, &tv));
	CHECK(check_result == 1 && FD_ISSET(fds[1], &wr), "empty pipe not writable");
	CHECK_OK(pid = fork());
	if (pid == 0) {
		sleep(1);
		write(fds[1], "x", 1);
		_exit(0);
	}
	FD_ZERO(&rd);
	FD_SET(fds[0], &rd);
	tv.tv_sec = 10;
	tv.tv_usec = 0;
	CHECK_OK(select(fds[0] + 1, &rd, NULL, NULL, &tv));
	CHECK(check_result == 1 && FD_ISSET(fds[0], &rd), "pipe not readable after a write (select returned %ld)", check_result);
	wait_child_ok(pid);
	return 0;
}
