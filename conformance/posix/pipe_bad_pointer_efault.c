/* pipe into an array outside the process gives EFAULT. */
#include "check.h"

int main(void)
{
	CHECK_ERR(pipe(BAD_PTR_LOW), EFAULT);
	CHECK_ERR(pipe(BAD_PTR_HIGH), EFAULT);
	return 0;
}
