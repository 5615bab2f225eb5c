/* An ignored signal does nothing, even SIGTERM, and SIG_IGN survives exec. */
#include "check.h"

int main(int argc, char *argv[])
{
	struct sigaction sa;
	pid_t pid;

	if (argc == 2 && strcmp(argv[1], "--child") == 0) {
		kill(getpid(), SIGTERM);
		return 0;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGTERM, &sa, NULL));
	CHECK_OK(kill(getpid(), SIGTERM));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		execl(argv[0], argv[0], "--child", (char *)NULL);
		_exit(100);
	}
	wait_child_ok(pid);
	return 0;
}
