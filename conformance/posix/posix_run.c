/*
 * posix_run: runs every test program of its directory (sorted by name), each in its own
 * process group with a time limit, and prints one line per program:
 *
 *   PASS name
 *   FAIL name status N: the first line of its output
 *
 * then "SUMMARY passed P failed F". Exits 0 only if every program passed.
 *
 *   posix_run [-t SECONDS] [-d DIR] [NAME...]
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define LINE_MAX_SHOWN 200

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
	(void)sig;
	timed_out = 1;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A test program: a regular executable file that is not the runner and not a source. */
static int is_test(const char *dir, const char *name, const char *self)
{
	char path[1300];
	struct stat st;

	if (name[0] == '.' || strcmp(name, self) == 0 || strcmp(name, "posix_run") == 0)
		return 0;
	if (ends_with(name, ".c") || ends_with(name, ".h") || ends_with(name, ".o") ||
	    strcmp(name, "Makefile") == 0)
		return 0;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (st.st_mode & 0111) == 0)
		return 0;
	return 1;
}

/* Runs one program; returns 1 if it passed. */
static int run_one(const char *dir, const char *name, unsigned limit)
{
	char path[1300];
	char line[LINE_MAX_SHOWN + 1];
	size_t used = 0;
	int have_line = 0;
	char buf[512];
	int fds[2];
	int status = 0;
	int code;
	pid_t pid;
	struct sigaction sa;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (pipe(fds) != 0) {
		printf("FAIL %s status 126: pipe: %s\n", name, strerror(errno));
		return 0;
	}
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		printf("FAIL %s status 126: fork: %s\n", name, strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return 0;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_RDONLY);

		setpgid(0, 0);
		if (null >= 0 && null != 0) {
			dup2(null, 0);
			close(null);
		}
		dup2(fds[1], 1);
		dup2(fds[1], 2);
		if (fds[1] > 2)
			close(fds[1]);
		close(fds[0]);
		execl(path, path, (char *)NULL);
		printf("exec %s: %s\n", path, strerror(errno));
		_exit(126);
	}
	setpgid(pid, pid);
	close(fds[1]);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no restart: a blocked read ends with EINTR */
	sigaction(SIGALRM, &sa, NULL);
	timed_out = 0;
	alarm(limit);
	line[0] = '\0';
	for (;;) {
		ssize_t n = read(fds[0], buf, sizeof buf);
		ssize_t i;

		if (n < 0 && errno == EINTR && !timed_out)
			continue;
		if (n <= 0)
			break;
		for (i = 0; i < n && !have_line; i++) {
			if (buf[i] == '\n') {
				have_line = 1;
			} else if (used < LINE_MAX_SHOWN) {
				line[used++] = buf[i];
				line[used] = '\0';
			}
		}
	}
	if (timed_out) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
	}
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		if (timed_out) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
		}
	alarm(0);
	/* Whatever the program left behind in its group goes with it. */
	kill(-pid, SIGKILL);

	if (!timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		printf("PASS %s\n", name);
		fflush(stdout);
		return 1;
	}
	if (WIFEXITED(status))
		code = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		code = 128 + WTERMSIG(status);
	else
		code = 1;
	if (timed_out)
		printf("FAIL %s status %d: timed out after %u s%s%s\n", name, code, limit,
		       line[0] ? "; " : "", line);
	else if (line[0] == '\0' && WIFSIGNALED(status))
		printf("FAIL %s status %d: killed by signal %d\n", name, code, WTERMSIG(status));
	else
		printf("FAIL %s status %d: %s\n", name, code, line[0] ? line : "(no output)");
	fflush(stdout);
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: posix_run [-t seconds] [-d dir] [name ...]\n");
	exit(2);
}

int main(int argc, char *argv[])
{
	char dirbuf[1024];
	const char *dir = NULL;
	const char *self;
	const char *slash;
	unsigned limit = 30;
	char **names = NULL;
	size_t count = 0, cap = 0;
	int passed = 0, failed = 0;
	DIR *d;
	struct dirent *e;
	size_t i;
	int c;

	while ((c = getopt(argc, argv, "t:d:")) != -1) {
		switch (c) {
		case 't':
			limit = (unsigned)atoi(optarg);
			if (limit == 0)
				usage();
			break;
		case 'd':
			dir = optarg;
			break;
		default:
			usage();
		}
	}
	slash = strrchr(argv[0], '/');
	self = slash != NULL ? slash + 1 : argv[0];
	if (dir == NULL) {
		if (slash != NULL) {
			size_t len = (size_t)(slash - argv[0]);

			if (len == 0)
				len = 1;
			if (len >= sizeof dirbuf)
				len = sizeof dirbuf - 1;
			memcpy(dirbuf, argv[0], len);
			dirbuf[len] = '\0';
			dir = dirbuf;
		} else {
			dir = ".";
		}
	}
	if (optind < argc) {
		names = argv + optind;
		count = (size_t)(argc - optind);
	} else {
		d = opendir(dir);
		if (d == NULL) {
			fprintf(stderr, "posix_run: %s: %s\n", dir, strerror(errno));
			return 1;
		}
		while ((e = readdir(d)) != NULL) {
			if (!is_test(dir, e->d_name, self))
				continue;
			if (count == cap) {
				char **more;

				cap = cap ? cap * 2 : 64;
				more = realloc(names, cap * sizeof *names);
				if (more == NULL) {
					fprintf(stderr, "posix_run: out of memory\n");
					return 1;
				}
				names = more;
			}
			names[count] = malloc(strlen(e->d_name) + 1);
			if (names[count] == NULL) {
				fprintf(stderr, "posix_run: out of memory\n");
				return 1;
			}
			strcpy(names[count], e->d_name);
			count++;
		}
		closedir(d);
		if (count > 1)
			qsort(names, count, sizeof *names, by_name);
	}
	for (i = 0; i < count; i++) {
		if (run_one(dir, names[i], limit))
			passed++;
		else
			failed++;
	}
	printf("SUMMARY passed %d failed %d\n", passed, failed);
	return failed == 0 && passed > 0 ? 0 : 1;
}
