/* rm [-r] [-f] FILE...: remove files (and, with -r, directories and what they hold). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int recursive, force;

static int remove_path(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	int status = 0;

	if (lstat(path, &st) != 0) {
		if (force && errno == ENOENT)
			return 0;
		fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (unlink(path) != 0) {
			fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
			return 1;
		}
		return 0;
	}
	if (!recursive) {
		fprintf(stderr, "rm: %s: is a directory\n", path);
		return 1;
	}
	d = opendir(path);
	if (d == NULL) {
		fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		char *sub;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		sub = malloc(strlen(path) + strlen(e->d_name) + 2);
		if (sub == NULL) {
			fprintf(stderr, "rm: out of memory\n");
			closedir(d);
			return 1;
		}
		strcpy(sub, path);
		strcat(sub, "/");
		strcat(sub, e->d_name);
		status |= remove_path(sub);
		free(sub);
	}
	closedir(d);
	if (rmdir(path) != 0) {
		fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
		return 1;
	}
	return status;
}

int main(int argc, char *argv[])
{
	int status = 0;
	int c, i;

	while ((c = getopt(argc, argv, "rRf")) != -1) {
		switch (c) {
		case 'r':
		case 'R':
			recursive = 1;
			break;
		case 'f':
			force = 1;
			break;
		default:
			fprintf(stderr, "usage: rm [-rf] file...\n");
			return 1;
		}
	}
	if (optind >= argc && !force) {
		fprintf(stderr, "usage: rm [-rf] file...\n");
		return 1;
	}
	for (i = optind; i < argc; i++)
		status |= remove_path(argv[i]);
	return status;
}
