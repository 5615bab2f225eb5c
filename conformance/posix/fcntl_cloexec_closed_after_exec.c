/* A descriptor with FD_CLOEXEC is closed by exec; one without stays open. */
#include "check.h"

int main(int argc, char *argv[])
{
	char a[16], b[16];
	char *args[5];
	const char *self;
	int closing, staying;
	pid_t pid;

	if (argc == 4 && strcmp(argv[1], "--child") == 0) {
		int fd1 = atoi(argv[2]);
		int fd2 = atoi(argv[3]);

		errno = 0;
		if (fcntl(fd1, F_GETFD) != -1 || errno != EBADF)
			FAIL("close-on-exec descriptor %d still open after exec", fd1);
		if (fcntl(fd2, F_GETFD) < 0)
			FAIL("descriptor %d without close-on-exec closed by exec", fd2);
		return 0;
	}
	self = self_path(argv[0]);
	enter_scratch("cloexec");
	make_file("f", "data", 0644);
	CHECK_OK(closing = open("f", O_RDONLY));
	CHECK_OK(staying = open("f", O_RDONLY));
	CHECK_OK(fcntl(closing, F_SETFD, FD_CLOEXEC));
	CHECK_OK(fcntl(closing, F_GETFD));
	CHECK(check_result & FD_CLOEXEC, "F_GETFD returned %ld after F_SETFD FD_CLOEXEC", check_result);
	CHECK_OK(fcntl(staying, F_GETFD));
	CHECK(!(check_result & FD_CLOEXEC), "new descriptor has FD_CLOEXEC");
	CHECK_OK(pid = fork());
	if (pid == 0) {
		snprintf(a, sizeof a, "%d", closing);
		snprintf(b, sizeof b, "%d", staying);
		args[0] = (char *)self;
		args[1] = "--child";
		args[2] = a;
		args[3] = b;
		args[4] = NULL;
		execv(self, args);
		_exit(100);
	}
	wait_child_ok(pid);
	return 0;
}
