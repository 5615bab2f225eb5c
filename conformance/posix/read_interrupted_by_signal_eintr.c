/* A read blocked on an empty pipe ends with EINTR when a handler runs (no SA_RESTART). */
#include "check.h"

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa;
	int fds[2];
	char c;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	CHECK_OK(sigaction(SIGALRM, &sa, NULL));
	CHECK_OK(pipe(fds));
	alarm(1);
	CHECK_ERR(read(fds[0], &c, 1), EINTR);
	CHECK(got == SIGALRM, "handler did not run");
	return 0;
}
