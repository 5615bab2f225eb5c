/* Writes of at most PIPE_BUF bytes from several writers are never interleaved. */
#include "check.h"
#include <limits.h>

#define CHUNK 512

int main(void)
{
	int fds[2];
	unsigned char buf[CHUNK];
	pid_t pids[3];
	int k, i;
	long total = 0;

	CHECK(CHUNK <= PIPE_BUF, "PIPE_BUF %d smaller than %d", PIPE_BUF, CHUNK);
	CHECK_OK(pipe(fds));
	for (k = 0; k < 3; k++) {
		CHECK_OK(pids[k] = fork());
		if (pids[k] == 0) {
			close(fds[0]);
			memset(buf, 'a' + k, sizeof buf);
			for (i = 0; i < 40; i++)
				if (write(fds[1], buf, sizeof buf) != (ssize_t)sizeof buf)
					_exit(1);
			_exit(0);
		}
	}
	close(fds[1]);
	for (;;) {
		long got = 0;

		while (got < CHUNK) {
			ssize_t n = read(fds[0], buf + got, CHUNK - got);

			CHECK(n >= 0, "read errno %d", errno);
			if (n == 0)
				break;
			got += n;
		}
		if (got == 0)
			break;
		CHECK(got == CHUNK, "trailing %ld bytes", got);
		for (i = 1; i < CHUNK; i++)
			CHECK(buf[i] == buf[0], "chunk at %ld mixes writers ('%c' and '%c')", total, buf[0], buf[i]);
		total += got;
	}
	CHECK(total == 3L * 40 * CHUNK, "read %ld bytes", total);
	for (k = 0; k < 3; k++)
		wait_child_ok(pids[k]);
	return 0;
}
