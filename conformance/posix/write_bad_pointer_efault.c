/* write from a buffer outside the process gives EFAULT; the file stays unchanged. */
#include "check.h"

int main(void)
{
	int fd;
	struct stat st;

	enter_scratch("write_efault");
	CHECK_OK(fd = open("f", O_RDWR | O_CREAT, 0644));
	CHECK_ERR(write(fd, BAD_PTR_LOW, 4), EFAULT);
	CHECK_ERR(write(fd, BAD_PTR_HIGH, 4), EFAULT);
	CHECK_OK(fstat(fd, &st));
	CHECK(st.st_size == 0, "size %ld after failed writes", (long)st.st_size);
	return 0;
}
