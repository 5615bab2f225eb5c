/* touch FILE...: create files, or set their times to now. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

int main(int argc, char *argv[])
{
	int status = 0;
	int nocreate = 0;
	int c, i;

	while ((c = getopt(argc, argv, "c")) != -1) {
		if (c != 'c') {
			fprintf(stderr, "usage: touch [-c] file...\n");
			return 1;
		}
		nocreate = 1;
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: touch [-c] file...\n");
		return 1;
	}
	for (i = optind; i < argc; i++) {
		if (utime(argv[i], NULL) == 0)
			continue;
		if (errno == ENOENT && !nocreate) {
			int fd = open(argv[i], O_WRONLY | O_CREAT, 0666);

			if (fd >= 0) {
				close(fd);
				continue;
			}
		} else if (errno == ENOENT) {
			continue;
		}
		fprintf(stderr, "touch: %s: %s\n", argv[i], strerror(errno));
		status = 1;
	}
	return status;
}
