/* exec gives the new program exactly the argv and environment it was passed. */
#include "check.h"

int main(int argc, char *argv[], char *envp[])
{
	char *args[5];
	char *env[3];
	pid_t pid;

	(void)envp;
	if (argc >= 2 && strcmp(argv[1], "--child") == 0) {
		const char *v = getenv("POSIX_VALUE");

		if (argc != 4)
			FAIL("child argc %d, expected 4", argc);
		if (strcmp(argv[2], "two words") != 0 || strcmp(argv[3], "") != 0)
			FAIL("child args '%s' '%s'", argv[2], argv[3]);
		if (v == NULL || strcmp(v, "a=b c") != 0)
			FAIL("child POSIX_VALUE '%s'", v == NULL ? "(unset)" : v);
		if (getenv("OTHER") == NULL || getenv("HOME") != NULL)
			FAIL("child environment not the one passed");
		return 0;
	}
	args[0] = argv[0];
	args[1] = "--child";
	args[2] = "two words";
	args[3] = "";
	args[4] = NULL;
	env[0] = "POSIX_VALUE=a=b c";
	env[1] = "OTHER=1";
	env[2] = NULL;
	CHECK_OK(pid = fork());
	if (pid == 0) {
		execve(argv[0], args, env);
		printf("FAIL: execve %s: errno %d\n", argv[0], errno);
		_exit(1);
	}
	wait_child_ok(pid);
	return 0;
}
