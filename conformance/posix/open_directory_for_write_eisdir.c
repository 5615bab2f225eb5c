/* A directory cannot be opened for writing: EISDIR. Reading it with read fails too. */
#include "check.h"

int main(void)
{
	int fd;

	enter_scratch("eisdir");
	CHECK_OK(mkdir("d", 0755));
	CHECK_ERR(open("d", O_WRONLY), EISDIR);
	CHECK_ERR(open("d", O_RDWR), EISDIR);
	CHECK_ERR(open("d", O_WRONLY | O_CREAT, 0644), EISDIR);
	CHECK_OK(fd = open("d", O_RDONLY));
	close(fd);
	return 0;
}
