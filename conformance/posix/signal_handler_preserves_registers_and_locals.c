/* Work interrupted by a handler goes on with its values intact. */
#include "check.h"

static volatile sig_atomic_t count;
static volatile int scratch[64];

static void handler(int sig)
{
	int i;

	(void)sig;
	for (i = 0; i < 64; i++)
		scratch[i] = i * 7;
	count++;
}

int main(void)
{
	struct sigaction sa;
	volatile unsigned sum = 0;
	unsigned expect = 0;
	unsigned i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGUSR2, &sa, NULL));
	for (i = 0; i < 2000; i++) {
		sum += i * 3 + 1;
		expect += i * 3 + 1;
		if (i % 100 == 0)
			kill(getpid(), SIGUSR2);
	}
	CHECK(count == 20, "handler ran %d times, expected 20", (int)count);
	CHECK(sum == expect, "sum %u after handlers, expected %u", sum, expect);
	return 0;
}
