/* ln [-s] [-f] TARGET LINK, ln [-s] [-f] TARGET... DIRECTORY: make links. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int symbolic, force;

static int make(const char *target, const char *name)
{
	if (force)
		unlink(name);
	if ((symbolic ? symlink(target, name) : link(target, name)) != 0) {
		fprintf(stderr, "ln: %s: %s\n", name, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char *argv[])
{
	struct stat st;
	const char *last;
	int status = 0;
	int c, i;

	while ((c = getopt(argc, argv, "sf")) != -1) {
		switch (c) {
		case 's': symbolic = 1; break;
		case 'f': force = 1; break;
		default:
			fprintf(stderr, "usage: ln [-sf] target [link]\n");
			return 1;
		}
	}
	if (argc - optind < 1) {
		fprintf(stderr, "usage: ln [-sf] target [link]\n");
		return 1;
	}
	last = argv[argc - 1];
	if (argc - optind == 1)
		last = ".";
	if ((argc - optind == 1) || (stat(last, &st) == 0 && S_ISDIR(st.st_mode))) {
		int end = argc - optind == 1 ? argc : argc - 1;

		for (i = optind; i < end; i++) {
			const char *base = strrchr(argv[i], '/');
			char *name;

			base = base != NULL ? base + 1 : argv[i];
			name = malloc(strlen(last) + strlen(base) + 2);
			if (name == NULL)
				return 1;
			strcpy(name, last);
			strcat(name, "/");
			strcat(name, base);
			status |= make(argv[i], name);
			free(name);
		}
		return status;
	}
	if (argc - optind != 2) {
		fprintf(stderr, "ln: %s: not a directory\n", last);
		return 1;
	}
	return make(argv[optind], argv[optind + 1]);
}
