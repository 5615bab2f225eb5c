/* forkexec N [PROGRAM]: N times fork, exec PROGRAM (default /bin/true) and wait for it.
 * Exits 0 if every child exited 0; prints what went wrong otherwise. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long count = argc > 1 ? strtol(argv[1], NULL, 10) : 100;
	char *program = argc > 2 ? argv[2] : "/bin/true";
	char *child_argv[] = { program, NULL };
	long i;

	for (i = 0; i < count; i++) {
		int status;
		pid_t pid = fork();
		if (pid < 0) {
			perror("forkexec: fork");
			return 1;
		}
		if (pid == 0) {
			execv(program, child_argv);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "forkexec: child %ld ended with status %d\n", i, status);
			return 1;
		}
	}
	return 0;
}
