/* A handler installed with sigaction runs with the signal number, and the program goes on. */
#include "check.h"

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
	CHECK_OK(sigaction(SIGUSR1, NULL, &old));
	CHECK(old.sa_handler == handler, "sigaction does not report the installed handler");
	CHECK_OK(kill(getpid(), SIGUSR1));
	CHECK(got == SIGUSR1, "handler saw signal %d, expected SIGUSR1", (int)got);
	got = 0;
	CHECK_OK(kill(getpid(), SIGUSR1));
	CHECK(got == SIGUSR1, "handler did not run a second time");
	return 0;
}
