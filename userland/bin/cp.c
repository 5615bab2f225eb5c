/* cp [-r] SOURCE TARGET, cp [-r] SOURCE... DIRECTORY: copy files (and, with -r, directories). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "paths.h"

static int recursive;

static int copy_file(const char *from, const char *to, mode_t mode)
{
	static char buf[8192];
	int in, out;
	ssize_t n;
	int status = 0;

	in = open(from, O_RDONLY);
	if (in < 0) {
		fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
		return 1;
	}
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode & 0777);
	if (out < 0) {
		fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
		close(in);
		return 1;
	}
	while ((n = read(in, buf, sizeof buf)) > 0) {
		if (write(out, buf, (size_t)n) != n) {
			fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
			status = 1;
			break;
		}
	}
	if (n < 0) {
		fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
		status = 1;
	}
	close(in);
	if (close(out) != 0) {
		fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
		status = 1;
	}
	return status;
}

static int copy(const char *from, const char *to)
{
	struct stat st, tst;
	DIR *d;
	struct dirent *e;
	int status = 0;

	if (stat(from, &st) != 0) {
		fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
		return 1;
	}
	if (stat(to, &tst) == 0 && tst.st_dev == st.st_dev && tst.st_ino == st.st_ino) {
		fprintf(stderr, "cp: %s and %s are the same file\n", from, to);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return copy_file(from, to, st.st_mode);
	if (!recursive) {
		fprintf(stderr, "cp: %s: is a directory (not copied)\n", from);
		return 1;
	}
	if (mkdir(to, (st.st_mode & 0777) | 0700) != 0 && errno != EEXIST) {
		fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
		return 1;
	}
	d = opendir(from);
	if (d == NULL) {
		fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		char *a, *b;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		a = path_join(from, e->d_name, "cp", 1);
		b = path_join(to, e->d_name, "cp", 1);
		status |= copy(a, b);
		free(a);
		free(b);
	}
	closedir(d);
	chmod(to, st.st_mode & 07777);
	return status;
}

int main(int argc, char *argv[])
{
	int c;

	while ((c = getopt(argc, argv, "rRpf")) != -1) {
		switch (c) {
		case 'r':
		case 'R':
			recursive = 1;
			break;
		case 'p':
		case 'f':
			break;
		default:
			fprintf(stderr, "usage: cp [-r] source... target\n");
			return 1;
		}
	}
	return each_source(argc, argv, optind, "cp", "cp [-r] source... target", copy);
}
