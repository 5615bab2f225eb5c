/* exec sets caught signals back to their default action. */
#include "check.h"

static void handler(int sig)
{
	(void)sig;
}

int main(int argc, char *argv[])
{
	struct sigaction sa;
	int status;
	pid_t pid;

	if (argc == 2 && strcmp(argv[1], "--child") == 0) {
		kill(getpid(), SIGUSR1);
		return 0; /* only reached if the handler survived exec */
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
	CHECK_OK(pid = fork());
	if (pid == 0) {
		execl(argv[0], argv[0], "--child", (char *)NULL);
		_exit(100);
	}
	status = wait_status(pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGUSR1, "status 0x%x, expected death by SIGUSR1", status);
	return 0;
}
