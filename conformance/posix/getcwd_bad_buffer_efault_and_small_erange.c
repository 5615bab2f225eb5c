/* getcwd into a buffer outside the process gives EFAULT; a too small one ERANGE. */
#include "check.h"

int main(void)
{
	char small[2];

	CHECK_NULL_ERR(getcwd(BAD_PTR_HIGH, 100), EFAULT);
	CHECK(chdir("/") == 0, "chdir / errno %d", errno);
	CHECK_NULL_ERR(getcwd(small, 1), ERANGE);
	CHECK(getcwd(small, 2) != NULL && strcmp(small, "/") == 0, "getcwd of / into 2 bytes failed");
	return 0;
}
