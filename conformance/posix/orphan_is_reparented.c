/* When a parent exits first, its child gets a new parent (init). */
#include "check.h"

int main(void)
{
	int fds[2];
	int ready[2];
	pid_t middle;
	pid_t report[2];

	CHECK_OK(pipe(fds));
	CHECK_OK(pipe(ready));
	CHECK_OK(middle = fork());
	if (middle == 0) {
		pid_t child = fork();

		if (child < 0)
			_exit(1);
		if (child == 0) {
			pid_t before = getppid();
			int i;

			write(ready[1], "r", 1);
			/* Wait until the middle process has gone. */
			for (i = 0; i < 10 && getppid() == before; i++)
				sleep(1);
			report[0] = before;
			report[1] = getppid();
			write(fds[1], report, sizeof report);
			_exit(0);
		}
		read(ready[0], report, 1);
		_exit(0);
	}
	close(fds[1]);
	wait_child_ok(middle);
	CHECK_OK(read(fds[0], report, sizeof report));
	CHECK(check_result == (long)sizeof report, "no report from the orphan (read %ld)", check_result);
	CHECK(report[0] == middle, "orphan's first parent %d, expected %d", (int)report[0], (int)middle);
	CHECK(report[1] != middle, "orphan still has parent %d after it exited", (int)report[1]);
	return 0;
}
