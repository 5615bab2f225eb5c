/* A path argument that points outside the process gives EFAULT. */
#include "check.h"

int main(void)
{
	struct stat st;

	CHECK_ERR(open(BAD_PTR_LOW, O_RDONLY), EFAULT);
	CHECK_ERR(open(BAD_PTR_HIGH, O_RDONLY), EFAULT);
	CHECK_ERR(open(BAD_PTR_HIGH, O_WRONLY | O_CREAT, 0644), EFAULT);
	CHECK_ERR(stat(BAD_PTR_LOW, &st), EFAULT);
	CHECK_ERR(mkdir(BAD_PTR_HIGH, 0755), EFAULT);
	CHECK_ERR(chdir(BAD_PTR_LOW), EFAULT);
	CHECK_ERR(unlink(BAD_PTR_HIGH), EFAULT);
	CHECK_ERR(access(BAD_PTR_LOW, F_OK), EFAULT);
	return 0;
}
