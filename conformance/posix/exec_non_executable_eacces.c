/* exec of a file without execute permission, or of a directory, fails with EACCES. */
#include "check.h"

int main(void)
{
	char *argv[] = { "plain", NULL };
	char *envp[] = { NULL };

	enter_scratch("exec_noexec");
	make_file("plain", "#!/bin/sh\nexit 0\n", 0644);
	CHECK_ERR(execve("./plain", argv, envp), EACCES);
	CHECK_OK(mkdir("dir", 0755));
	CHECK_ERR(execve("./dir", argv, envp), EACCES);
	return 0;
}
