/* rmdir of "." fails with EINVAL. */
#include "check.h"

int main(void)
{
	enter_scratch("rmdir_dot");
	CHECK_OK(mkdir("d", 0755));
	CHECK_ERR(rmdir("d/."), EINVAL);
	return 0;
}
