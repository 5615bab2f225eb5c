/* A child's exit status reaches its parent through wait. */
#include "check.h"

int main(void)
{
	int status;
	pid_t pid;

	CHECK_OK(pid = fork());
	if (pid == 0)
		_exit(42);
	CHECK_OK(waitpid(pid, &status, 0));
	CHECK(check_result == pid, "waitpid returned %ld, expected %d", check_result, (int)pid);
	CHECK(WIFEXITED(status), "WIFEXITED false for status 0x%x", status);
	CHECK(!WIFSIGNALED(status), "WIFSIGNALED true for status 0x%x", status);
	CHECK(WEXITSTATUS(status) == 42, "WEXITSTATUS %d, expected 42", WEXITSTATUS(status));
	return 0;
}
