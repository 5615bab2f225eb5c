/* mkdir inside a directory that does not exist fails with ENOENT. */
#include "check.h"

int main(void)
{
	enter_scratch("mkdir_enoent");
	CHECK_ERR(mkdir("no/such", 0755), ENOENT);
	CHECK_ERR(rmdir("missing"), ENOENT);
	return 0;
}
