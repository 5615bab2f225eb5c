/* du [-s] [-k] [-a] [PATH...]: disk usage in 1 KiB blocks, directories recursively. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "paths.h"

static int summary, all;
static int status;

/* Size in KiB: from the file's length, rounded up to whole blocks. */
static long kib(const struct stat *st)
{
	return ((long)st->st_size + 1023) / 1024;
}

static long walk(const char *path, int depth)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	long total;

	if (lstat(path, &st) != 0) {
		fprintf(stderr, "du: %s: %s\n", path, strerror(errno));
		status = 1;
		return 0;
	}
	total = kib(&st);
	if (!S_ISDIR(st.st_mode)) {
		if (depth == 0 || (all && !summary))
			printf("%ld\t%s\n", total, path);
		return total;
	}
	d = opendir(path);
	if (d == NULL) {
		fprintf(stderr, "du: %s: %s\n", path, strerror(errno));
		status = 1;
	} else {
		while ((e = readdir(d)) != NULL) {
			char *sub;

			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			sub = path_join(path, e->d_name, "du", 1);
			total += walk(sub, depth + 1);
			free(sub);
		}
		closedir(d);
	}
	if (!summary || depth == 0)
		printf("%ld\t%s\n", total, path);
	return total;
}

int main(int argc, char *argv[])
{
	int c, i;

	while ((c = getopt(argc, argv, "ska")) != -1) {
		switch (c) {
		case 's': summary = 1; break;
		case 'k': break;
		case 'a': all = 1; break;
		default:
			fprintf(stderr, "usage: du [-ska] [path...]\n");
			return 1;
		}
	}
	if (optind >= argc)
		walk(".", 0);
	for (i = optind; i < argc; i++)
		walk(argv[i], 0);
	return status;
}
