/* Only the low 8 bits of the exit status reach the parent. */
#include "check.h"

int main(void)
{
	int status;
	pid_t pid;

	CHECK_OK(pid = fork());
	if (pid == 0)
		exit(257);
	status = wait_status(pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1, "status 0x%x, expected exit 1", status);
	return 0;
}
