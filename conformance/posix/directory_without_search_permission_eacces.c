/* Without search (x) permission on a directory, names inside it cannot be reached. */
#include "check.h"

int main(void)
{
	pid_t pid;
	struct stat st;

	enter_scratch("search");
	CHECK_OK(chmod(".", 0777));
	CHECK_OK(mkdir("d", 0755));
	make_file("d/f", "x", 0644);
	CHECK_OK(chmod("d", 0600));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_ERR(stat("d/f", &st), EACCES);
		CHECK_ERR(open("d/f", O_RDONLY), EACCES);
		CHECK_ERR(chdir("d"), EACCES);
		_exit(0);
	}
	wait_child_ok(pid);
	CHECK_OK(chmod("d", 0755));
	return 0;
}
