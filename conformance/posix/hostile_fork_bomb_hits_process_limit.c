/*
 * Hostile: forks until the process limit says EAGAIN, then kills and reaps every child; the
 * system goes on (a fresh fork works again afterwards).
 */
#include "check.h"

/* The host's limits are far higher than minix3j's: stop there without expecting EAGAIN. */
#ifdef __GLIBC__
#define MAX_CHILDREN 200
#else
#define MAX_CHILDREN 4096
#endif

static pid_t kids[MAX_CHILDREN];

int main(void)
{
	int n = 0;
	int err = 0;
	int i;
	pid_t pid;

	for (;;) {
		if (n == MAX_CHILDREN)
			break;
		pid = fork();
		if (pid < 0) {
			err = errno;
			break;
		}
		if (pid == 0) {
			for (;;)
				pause();
		}
		kids[n++] = pid;
	}
	for (i = 0; i < n; i++)
		kill(kids[i], SIGKILL);
	for (i = 0; i < n; i++)
		wait_status(kids[i]);
#ifdef __GLIBC__
	if (n == MAX_CHILDREN)
		err = EAGAIN;
#endif
	CHECK(err == EAGAIN, "fork failed after %d children with errno %d (%s), expected EAGAIN", n, err, strerror(err));
	CHECK(n > 1, "only %d children could be made", n);
	CHECK_ERR(waitpid(-1, NULL, WNOHANG), ECHILD);
	CHECK_OK(pid = fork());
	if (pid == 0)
		_exit(0);
	wait_child_ok(pid);
	return 0;
}
