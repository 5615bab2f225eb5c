/* A descriptor inherited across fork shares its offset between parent and child. */
#include "check.h"

int main(void)
{
	int fd;
	pid_t pid;
	char buf[8];

	enter_scratch("fork_offset");
	make_file("f", "0123456789", 0644);
	CHECK_OK(fd = open("f", O_RDONLY));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		read(fd, buf, 4);
		_exit(0);
	}
	wait_child_ok(pid);
	CHECK_OK(lseek(fd, 0, SEEK_CUR));
	CHECK(check_result == 4, "parent offset %ld after the child read 4", check_result);
	CHECK_OK(read(fd, buf, 1));
	CHECK(buf[0] == '4', "parent read '%c', expected '4'", buf[0]);
	return 0;
}
