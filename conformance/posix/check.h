/*
 * Shared checks for the POSIX behaviour programs. A program exits 0 when every check holds;
 * the first check that fails prints one line "FAIL: ..." and exits 1.
 */
#ifndef POSIX_CHECK_H
#define POSIX_CHECK_H

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

/* A pointer the process may not touch: in the first page, and in the kernel's part. */
static void *volatile check_bad_low __attribute__((unused)) = (void *)1;
static void *volatile check_bad_high __attribute__((unused)) = (void *)0xC0000000UL;
#define BAD_PTR_LOW ((void *)check_bad_low)
#define BAD_PTR_HIGH ((void *)check_bad_high)

#define FAIL(...)                                     \
	do {                                          \
		printf("FAIL: ");                     \
		printf(__VA_ARGS__);                  \
		printf(" (line %d)\n", __LINE__);     \
		fflush(stdout);                       \
		exit(1);                              \
	} while (0)

#define CHECK(cond, ...)                              \
	do {                                          \
		if (!(cond))                          \
			FAIL(__VA_ARGS__);            \
	} while (0)

/* The call must succeed (return >= 0). Its value is left in check_result. */
#define CHECK_OK(call)                                                               \
	do {                                                                         \
		errno = 0;                                                           \
		check_result = (long)(call);                                         \
		if (check_result < 0)                                                \
			FAIL("%s returned %ld errno %d (%s)", #call, check_result,  \
			     errno, strerror(errno));                                \
	} while (0)

/* The call must fail with -1 and errno `err`. */
#define CHECK_ERR(call, err)                                                              \
	do {                                                                              \
		int e_;                                                                   \
		errno = 0;                                                                \
		check_result = (long)(call);                                              \
		e_ = errno;                                                               \
		if (check_result != -1 || e_ != (err))                                    \
			FAIL("%s returned %ld errno %d (%s), expected %s", #call,        \
			     check_result, e_, strerror(e_), #err);                       \
	} while (0)

/* The pointer-returning call (getcwd, ...) must fail with NULL and errno `err`. */
#define CHECK_NULL_ERR(call, err)                                                    \
	do {                                                                         \
		int e_;                                                              \
		void *p_;                                                            \
		errno = 0;                                                           \
		p_ = (void *)(call);                                                 \
		e_ = errno;                                                          \
		if (p_ != NULL || e_ != (err))                                       \
			FAIL("%s returned %p errno %d (%s), expected %s", #call, p_, \
			     e_, strerror(e_), #err);                                \
	} while (0)

static long check_result __attribute__((unused));

static char check_scratch[256] __attribute__((unused));

static inline void check_remove_tree(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char sub[512];

	if (lstat(path, &st) != 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	chmod(path, 0700);
	d = opendir(path);
	if (d != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			if (strlen(path) + strlen(e->d_name) + 2 > sizeof sub)
				continue;
			strcpy(sub, path);
			strcat(sub, "/");
			strcat(sub, e->d_name);
			check_remove_tree(sub);
		}
		closedir(d);
	}
	rmdir(path);
}

static pid_t check_owner __attribute__((unused));

static inline void check_cleanup(void)
{
	if (getpid() != check_owner || check_scratch[0] == '\0')
		return;
	chdir("/");
	check_remove_tree(check_scratch);
}

/* Makes a fresh scratch directory (under $TMPDIR, /tmp or the current one) and enters it. */
static inline void enter_scratch(const char *name)
{
	const char *bases[3];
	int i;

	bases[0] = getenv("TMPDIR");
	bases[1] = "/tmp";
	bases[2] = ".";
	check_owner = getpid();
	for (i = 0; i < 3; i++) {
		if (bases[i] == NULL || bases[i][0] == '\0')
			continue;
		snprintf(check_scratch, sizeof check_scratch, "%s/posix.%s.%d", bases[i], name,
			 (int)getpid());
		check_remove_tree(check_scratch);
		if (mkdir(check_scratch, 0777) == 0 && chdir(check_scratch) == 0) {
			atexit(check_cleanup);
			return;
		}
	}
	check_scratch[0] = '\0';
	FAIL("cannot make a scratch directory: errno %d (%s)", errno, strerror(errno));
}

/* The absolute path of this program (from argv[0]), to exec it again after a chdir. */
static inline const char *self_path(const char *argv0)
{
	static char path[1024];
	size_t len;

	if (argv0[0] == '/' || getcwd(path, sizeof path - 2) == NULL)
		return argv0;
	len = strlen(path);
	if (len + strlen(argv0) + 2 > sizeof path)
		return argv0;
	path[len] = '/';
	strcpy(path + len + 1, argv0);
	return path;
}

/* Writes `text` into a new file `path` with `mode`. */
static inline void make_file(const char *path, const char *text, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
	size_t len = strlen(text);

	if (fd < 0)
		FAIL("open %s for writing: errno %d (%s)", path, errno, strerror(errno));
	if (write(fd, text, len) != (ssize_t)len)
		FAIL("write %s: errno %d (%s)", path, errno, strerror(errno));
	close(fd);
}

/* Waits for `pid` and returns its status word. */
static inline int wait_status(pid_t pid)
{
	int status = 0;
	pid_t got;

	do
		got = waitpid(pid, &status, 0);
	while (got < 0 && errno == EINTR);
	if (got != pid)
		FAIL("waitpid(%d) returned %d errno %d (%s)", (int)pid, (int)got, errno,
		     strerror(errno));
	return status;
}

/* Waits for `pid`, which must exit 0: a child reports its own failure by its status. */
static inline void wait_child_ok(pid_t pid)
{
	int status = wait_status(pid);

	if (WIFSIGNALED(status))
		FAIL("child killed by signal %d", WTERMSIG(status));
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		FAIL("child exited with status %d", WEXITSTATUS(status));
}

/* A uid without privilege, for permission checks. */
#define NOBODY_UID 1000
#define NOBODY_GID 1000

/* In a child: give up root (if the caller is root). */
static inline void become_nobody(void)
{
	if (getuid() == 0) {
		if (setgid(NOBODY_GID) != 0)
			FAIL("setgid: errno %d (%s)", errno, strerror(errno));
		if (setuid(NOBODY_UID) != 0)
			FAIL("setuid: errno %d (%s)", errno, strerror(errno));
	}
	if (geteuid() == 0)
		FAIL("still root after setuid");
}

#endif
