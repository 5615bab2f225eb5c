/* Only the owner (or root) may chmod a file: EPERM. */
#include "check.h"

int main(void)
{
	pid_t pid;

	if (getuid() != 0)
		return 0; /* needs root to own the file while another user tries */
	enter_scratch("chmod_eperm");
	CHECK_OK(chmod(".", 0777));
	make_file("f", "x", 0644);
	CHECK_OK(pid = fork());
	if (pid == 0) {
		become_nobody();
		CHECK_ERR(chmod("f", 0777), EPERM);
		_exit(0);
	}
	wait_child_ok(pid);
	return 0;
}
