/* tee [-a] [FILE...]: copy standard input to standard output and to files. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAX_FILES 30

int main(int argc, char *argv[])
{
	int fds[MAX_FILES];
	int n = 0, status = 0;
	int flags = O_WRONLY | O_CREAT | O_TRUNC;
	char buf[4096];
	ssize_t got;
	int c, i;

	while ((c = getopt(argc, argv, "ai")) != -1) {
		if (c == 'a') {
			flags = O_WRONLY | O_CREAT | O_APPEND;
		} else if (c == 'i') {
			signal(SIGINT, SIG_IGN);
		} else {
			fprintf(stderr, "usage: tee [-ai] [file...]\n");
			return 1;
		}
	}
	for (i = optind; i < argc && n < MAX_FILES; i++) {
		int fd = open(argv[i], flags, 0666);

		if (fd < 0) {
			fprintf(stderr, "tee: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		fds[n++] = fd;
	}
	while ((got = read(0, buf, sizeof buf)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "tee: stdin: %s\n", strerror(errno));
			return 1;
		}
		if (write(1, buf, (size_t)got) != got)
			status = 1;
		for (i = 0; i < n; i++)
			if (write(fds[i], buf, (size_t)got) != got)
				status = 1;
	}
	for (i = 0; i < n; i++)
		close(fds[i]);
	return status;
}
