/* exec of a file that does not exist fails with ENOENT and the caller goes on. */
#include "check.h"

int main(void)
{
	char *argv[] = { "nothing", NULL };
	char *envp[] = { NULL };

	enter_scratch("exec_missing");
	CHECK_ERR(execve("./no-such-program", argv, envp), ENOENT);
	CHECK_ERR(execve("/no-such-dir/program", argv, envp), ENOENT);
	return 0;
}
