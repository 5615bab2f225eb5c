/* sigsuspend replaces the mask, waits for a signal, returns EINTR and restores the mask. */
#include "check.h"

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa;
	sigset_t block, wait_mask, now;
	pid_t pid;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	CHECK_OK(sigprocmask(SIG_BLOCK, &block, NULL));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	sigemptyset(&wait_mask);
	CHECK_ERR(sigsuspend(&wait_mask), EINTR);
	CHECK(got == SIGUSR1, "handler saw %d", (int)got);
	CHECK_OK(sigprocmask(SIG_BLOCK, NULL, &now));
	CHECK(sigismember(&now, SIGUSR1), "mask not restored after sigsuspend");
	wait_child_ok(pid);
	return 0;
}
