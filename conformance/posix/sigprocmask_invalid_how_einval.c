/* sigprocmask with an unknown `how` fails with EINVAL; sigaction of signal 0 or too big too. */
#include "check.h"

int main(void)
{
	sigset_t set;
	struct sigaction sa;

	sigemptyset(&set);
	CHECK_ERR(sigprocmask(12345, &set, NULL), EINVAL);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	CHECK_ERR(sigaction(0, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(1000, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(-1, &sa, NULL), EINVAL);
	return 0;
}
