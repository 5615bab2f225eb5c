/* A blocked signal stays pending and is delivered when unblocked. */
#include "check.h"

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa;
	sigset_t block, old, pending;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	CHECK_OK(sigprocmask(SIG_BLOCK, &block, &old));
	CHECK(!sigismember(&old, SIGUSR1), "SIGUSR1 blocked from the start");
	CHECK_OK(kill(getpid(), SIGUSR1));
	CHECK(got == 0, "handler ran while the signal was blocked");
	CHECK_OK(sigpending(&pending));
	CHECK(sigismember(&pending, SIGUSR1), "sigpending does not show SIGUSR1");
	CHECK_OK(sigprocmask(SIG_SETMASK, &old, NULL));
	CHECK(got == SIGUSR1, "handler did not run when unblocked");
	CHECK_OK(sigpending(&pending));
	CHECK(!sigismember(&pending, SIGUSR1), "SIGUSR1 still pending after delivery");
	return 0;
}
