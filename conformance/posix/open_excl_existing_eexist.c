/* O_CREAT|O_EXCL on an existing file fails with EEXIST; on a new one it creates it. */
#include "check.h"

int main(void)
{
	int fd;

	enter_scratch("excl");
	CHECK_OK(fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0644));
	close(fd);
	CHECK_ERR(open("f", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	CHECK_OK(mkdir("d", 0755));
	CHECK_ERR(open("d", O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	return 0;
}
