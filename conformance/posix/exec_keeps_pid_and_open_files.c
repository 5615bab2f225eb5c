/* exec keeps the pid and the descriptors without close-on-exec. */
#include "check.h"

int main(int argc, char *argv[])
{
	char buf[32];
	char fdtext[16];
	char pidtext[16];
	char *args[5];
	int fds[2];
	pid_t pid;

	if (argc == 4 && strcmp(argv[1], "--child") == 0) {
		int fd = atoi(argv[2]);

		if ((pid_t)atoi(argv[3]) != getpid())
			FAIL("pid changed across exec: %s became %d", argv[3], (int)getpid());
		if (write(fd, "kept", 4) != 4)
			FAIL("inherited descriptor %d not usable: errno %d", fd, errno);
		return 0;
	}
	CHECK_OK(pipe(fds));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		snprintf(fdtext, sizeof fdtext, "%d", fds[1]);
		snprintf(pidtext, sizeof pidtext, "%d", (int)getpid());
		args[0] = argv[0];
		args[1] = "--child";
		args[2] = fdtext;
		args[3] = pidtext;
		args[4] = NULL;
		execv(argv[0], args);
		_exit(100);
	}
	close(fds[1]);
	wait_child_ok(pid);
	CHECK_OK(read(fds[0], buf, sizeof buf));
	CHECK(check_result == 4 && memcmp(buf, "kept", 4) == 0, "read %ld bytes from the child", check_result);
	return 0;
}
