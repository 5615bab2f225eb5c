/* kill with a signal number out of range fails with EINVAL. */
#include "check.h"

int main(void)
{
	CHECK_ERR(kill(getpid(), -1), EINVAL);
	CHECK_ERR(kill(getpid(), 1000), EINVAL);
	CHECK_ERR(kill(getpid(), 65), EINVAL);
	return 0;
}
