/* The parent gets SIGCHLD when a child exits. */
#include "check.h"

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa;
	sigset_t block, empty;
	pid_t pid;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGCHLD, &sa, NULL));
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	CHECK_OK(sigprocmask(SIG_BLOCK, &block, NULL));
	CHECK_OK(pid = fork());
	if (pid == 0)
		_exit(0);
	sigemptyset(&empty);
	while (!got)
		sigsuspend(&empty);
	CHECK(got == SIGCHLD, "handler saw %d, expected SIGCHLD", (int)got);
	wait_child_ok(pid);
	return 0;
}
