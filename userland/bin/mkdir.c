/* mkdir [-p] [-m MODE] DIR...: make directories. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int make_parents(char *path, mode_t mode)
{
	char *p = path;
	struct stat st;

	while (*p == '/')
		p++;
	for (;;) {
		char *slash = strchr(p, '/');

		if (slash != NULL)
			*slash = '\0';
		if (mkdir(path, slash != NULL ? 0777 : mode) != 0) {
			int e = errno;

			if (e != EEXIST || stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
				fprintf(stderr, "mkdir: %s: %s\n", path, strerror(e == EEXIST ? ENOTDIR : e));
				return 1;
			}
		}
		if (slash == NULL)
			return 0;
		*slash = '/';
		p = slash + 1;
		while (*p == '/')
			p++;
		if (*p == '\0')
			return 0;
	}
}

int main(int argc, char *argv[])
{
	int parents = 0;
	mode_t mode = 0777;
	int status = 0;
	int c, i;

	while ((c = getopt(argc, argv, "pm:")) != -1) {
		switch (c) {
		case 'p':
			parents = 1;
			break;
		case 'm': {
			char *end;

			mode = (mode_t)strtol(optarg, &end, 8);
			if (*end != '\0' || end == optarg) {
				fprintf(stderr, "mkdir: invalid mode '%s'\n", optarg);
				return 1;
			}
			break;
		}
		default:
			fprintf(stderr, "usage: mkdir [-p] [-m mode] directory...\n");
			return 1;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: mkdir [-p] [-m mode] directory...\n");
		return 1;
	}
	for (i = optind; i < argc; i++) {
		if (parents) {
			status |= make_parents(argv[i], mode);
		} else if (mkdir(argv[i], mode) != 0) {
			fprintf(stderr, "mkdir: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		if (mode != 0777 && chmod(argv[i], mode) != 0) {
			fprintf(stderr, "mkdir: %s: %s\n", argv[i], strerror(errno));
			status = 1;
		}
	}
	return status;
}
