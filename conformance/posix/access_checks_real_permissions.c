/* access reports what the caller may do with a file. */
#include "check.h"

int main(void)
{
	pid_t pid;

	enter_scratch("access");
	CHECK_OK(chmod(".", 0777));
	make_file("ro", "x", 0444);
	make_file("rx", "x", 0555);
	make_file("none", "x", 0000);
	CHECK_OK(access("ro", F_OK));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_OK(access("ro", R_OK));
		CHECK_ERR(access("ro", W_OK), EACCES);
		CHECK_ERR(access("ro", X_OK), EACCES);
		CHECK_OK(access("rx", R_OK | X_OK));
		CHECK_ERR(access("none", R_OK), EACCES);
		CHECK_OK(access("none", F_OK));
		_exit(0);
	}
	wait_child_ok(pid);
	return 0;
}
