/* F_GETFL reports the access mode and O_APPEND a file was opened with. */
#include "check.h"

int main(void)
{
	int fd;

	enter_scratch("getfl");
	make_file("f", "x", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK_OK(fcntl(fd, F_GETFL));
	CHECK((check_result & O_ACCMODE) == O_RDONLY, "flags 0%lo for O_RDONLY", check_result);
	close(fd);
	CHECK_OK(fd = open("f", O_WRONLY | O_APPEND));
	CHECK_OK(fcntl(fd, F_GETFL));
	CHECK((check_result & O_ACCMODE) == O_WRONLY, "flags 0%lo for O_WRONLY", check_result);
	CHECK(check_result & O_APPEND, "flags 0%lo without O_APPEND", check_result);
	close(fd);
	CHECK_OK(fd = open("f", O_RDWR));
	CHECK_OK(fcntl(fd, F_GETFL));
	CHECK((check_result & O_ACCMODE) == O_RDWR, "flags 0%lo for O_RDWR", check_result);
	return 0;
}
