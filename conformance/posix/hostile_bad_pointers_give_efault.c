/*
 * Hostile: every call that takes a pointer is given pointers outside the process (the first
 * page and the kernel's part at 0xC0000000). Each call must fail with EFAULT; none may crash
 * the caller or the system. Each call runs in its own child so that a crash is seen.
 */
#include "check.h"
#include <sys/select.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <utime.h>

static int failures;

static void expect_efault(const char *what, int which, void *bad)
{
	pid_t pid;
	int status;
	int fds[2];
	char err[8];

	fflush(stdout);
	if (pipe(fds) != 0)
		FAIL("pipe: errno %d", errno);
	pid = fork();
	if (pid < 0)
		FAIL("fork: errno %d", errno);
	if (pid == 0) {
		long r = -2;
		int fd = open(".", O_RDONLY);
		char *argv[] = { "x", NULL };
		int p[2];

		close(fds[0]);
		errno = 0;
		switch (which) {
		case 0: r = open(bad, O_RDONLY); break;
		case 1: r = open(bad, O_WRONLY | O_CREAT, 0644); break;
		case 2: r = stat(bad, (struct stat *)(void *)err); break;
		case 3: r = stat("/", bad); break;
		case 4: r = lstat("/", bad); break;
		case 5: r = fstat(fd, bad); break;
		case 6: pipe(p); write(p[1], "abcd", 4); r = read(p[0], bad, 4); break;
		case 7: pipe(p); r = write(p[1], bad, 4); break;
		case 8: r = pipe(bad); break;
		case 9: r = mkdir(bad, 0755); break;
		case 10: r = rmdir(bad); break;
		case 11: r = unlink(bad); break;
		case 12: r = chdir(bad); break;
		case 13: r = rename(bad, "x"); break;
		case 14: r = rename("hostile-missing", bad); break;
		case 15: r = link(bad, "x"); break;
		case 16: r = symlink(bad, "x"); break;
		case 17: r = symlink("x", bad); break;
		case 18: r = readlink(bad, err, sizeof err); break;
		case 19: symlink("t", "hostile-link"); r = readlink("hostile-link", bad, 10); unlink("hostile-link"); break;
		case 20: r = access(bad, F_OK); break;
		case 21: r = chmod(bad, 0644); break;
		case 22: r = chown(bad, 0, 0); break;
		case 23: r = truncate(bad, 0); break;
		case 24: r = utime(bad, NULL); break;
#ifndef __GLIBC__
		case 25: r = utime(".", bad); break;
#endif
		case 26: r = execve(bad, argv, NULL); break;
		case 27: r = execve("/bin/sh", bad, NULL); break;
		case 28: r = (getcwd(bad, 64) == NULL) ? -1 : 0; break;
		case 29: r = uname(bad); break;
		case 30: if (fork() == 0) _exit(0); r = waitpid(-1, bad, 0); break;
		case 31: r = select(1, bad, NULL, NULL, NULL); break;
#ifndef __GLIBC__
		case 32: r = (long)times(bad); break;
		/* glibc copies these structures itself before the call */
		case 33: r = sigaction(SIGUSR1, bad, NULL); break;
		case 34: r = sigaction(SIGUSR1, NULL, bad); break;
		case 35: r = sigprocmask(SIG_BLOCK, bad, NULL); break;
		case 36: r = sigpending(bad); break;
#endif
		default: _exit(99);
		}
		err[0] = (char)errno;
		if (r != -1 || errno != EFAULT)
			printf("FAIL: %s with %p returned %ld errno %d (%s), expected EFAULT\n", what, bad, r, errno, strerror(errno));
		fflush(stdout);
		_exit(r == -1 && errno == EFAULT ? 0 : 1);
	}
	close(fds[1]);
	close(fds[0]);
	status = wait_status(pid);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 99)
		return;
	if (WIFSIGNALED(status)) {
		printf("FAIL: %s with %p killed the caller with signal %d\n", what, bad, WTERMSIG(status));
		failures++;
	} else if (WEXITSTATUS(status) != 0) {
		failures++;
	}
}

int main(void)
{
	static const char *names[] = {
		"open", "open O_CREAT", "stat path", "stat buffer", "lstat buffer", "fstat buffer",
		"read", "write", "pipe", "mkdir", "rmdir", "unlink", "chdir", "rename from",
		"rename to", "link", "symlink target", "symlink path", "readlink path",
		"readlink buffer", "access", "chmod", "chown", "truncate", "utime path",
		"utime times", "execve path", "execve argv", "getcwd", "uname", "waitpid status",
		"select set", "times", "sigaction act", "sigaction oldact", "sigprocmask",
		"sigpending",
	};
	int i;
	pid_t pid;

	enter_scratch("hostile_pointers");
	for (i = 0; i < (int)(sizeof names / sizeof names[0]); i++) {
		expect_efault(names[i], i, BAD_PTR_LOW);
		expect_efault(names[i], i, BAD_PTR_HIGH);
	}
	/* The system still runs: a new process comes and goes. */
	CHECK_OK(pid = fork());
	if (pid == 0)
		_exit(0);
	wait_child_ok(pid);
	if (failures > 0)
		FAIL("%d calls did not give EFAULT", failures);
	return 0;
}
