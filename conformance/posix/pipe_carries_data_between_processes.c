/* Data written into a pipe by one process comes out in order in another, across many writes. */
#include "check.h"

int main(void)
{
	int fds[2];
	unsigned char buf[1000];
	long total = 0;
	unsigned char expect = 0;
	pid_t pid;
	int i;

	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		unsigned char out[1000];
		unsigned char v = 0;
		int j;

		close(fds[0]);
		for (i = 0; i < 50; i++) {
			for (j = 0; j < 1000; j++)
				out[j] = v++;
			if (write(fds[1], out, sizeof out) != (ssize_t)sizeof out)
				_exit(1);
		}
		_exit(0);
	}
	close(fds[1]);
	for (;;) {
		ssize_t n = read(fds[0], buf, sizeof buf);

		CHECK(n >= 0, "read errno %d", errno);
		if (n == 0)
			break;
		for (i = 0; i < n; i++) {
			CHECK(buf[i] == expect, "byte %ld is %d, expected %d", total + i, buf[i], expect);
			expect++;
		}
		total += n;
	}
	CHECK(total == 50000, "read %ld bytes, expected 50000", total);
	wait_child_ok(pid);
	return 0;
}
