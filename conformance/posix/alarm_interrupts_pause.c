/* alarm delivers SIGALRM, which ends a pause with EINTR once the handler returns. */
#include "check.h"

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGALRM, &sa, NULL));
	CHECK_OK(alarm(1));
	CHECK(check_result == 0, "alarm returned %ld with no alarm set", check_result);
	CHECK_ERR(pause(), EINTR);
	CHECK(got == SIGALRM, "handler saw %d, expected SIGALRM", (int)got);
	return 0;
}
