/* stat and fstat into a buffer outside the process give EFAULT. */
#include "check.h"

int main(void)
{
	CHECK_ERR(stat("/", BAD_PTR_LOW), EFAULT);
	CHECK_ERR(stat("/", BAD_PTR_HIGH), EFAULT);
	CHECK_ERR(fstat(1 <= fcntl(1, F_GETFD) ? 1 : 0, BAD_PTR_HIGH), EFAULT);
	CHECK_ERR(lstat("/", BAD_PTR_HIGH), EFAULT);
	return 0;
}
