/* mv SOURCE TARGET, mv SOURCE... DIRECTORY: rename files, copying across file systems. */
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

/* Copies from -> to (a tree for a directory), then removes from. */
static int copy_remove(const char *from, const char *to)
{
	static char buf[8192];
	struct stat st;
	int status = 0;

	if (lstat(from, &st) != 0) {
		fprintf(stderr, "mv: %s: %s\n", from, strerror(errno));
		return 1;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *d;
		struct dirent *e;

		if (mkdir(to, st.st_mode & 07777) != 0) {
			fprintf(stderr, "mv: %s: %s\n", to, strerror(errno));
			return 1;
		}
		d = opendir(from);
		if (d == NULL) {
			fprintf(stderr, "mv: %s: %s\n", from, strerror(errno));
			return 1;
		}
		while ((e = readdir(d)) != NULL) {
			char *a, *b;

			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			a = path_join(from, e->d_name, "mv", 1);
			b = path_join(to, e->d_name, "mv", 1);
			status |= copy_remove(a, b);
			free(a);
			free(b);
		}
		closedir(d);
		if (status == 0 && rmdir(from) != 0) {
			fprintf(stderr, "mv: %s: %s\n", from, strerror(errno));
			status = 1;
		}
		return status;
	}
	if (S_ISLNK(st.st_mode)) {
		ssize_t n = readlink(from, buf, sizeof buf - 1);

		if (n < 0 || (buf[n] = '\0', symlink(buf, to) != 0)) {
			fprintf(stderr, "mv: %s: %s\n", to, strerror(errno));
			return 1;
		}
	} else {
		int in = open(from, O_RDONLY);
		int out;
		ssize_t n;

		if (in < 0) {
			fprintf(stderr, "mv: %s: %s\n", from, strerror(errno));
			return 1;
		}
		out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
		if (out < 0) {
			fprintf(stderr, "mv: %s: %s\n", to, strerror(errno));
			close(in);
			return 1;
		}
		while ((n = read(in, buf, sizeof buf)) > 0)
			if (write(out, buf, (size_t)n) != n) {
				status = 1;
				break;
			}
		if (n < 0)
			status = 1;
		close(in);
		if (close(out) != 0)
			status = 1;
		if (status) {
			fprintf(stderr, "mv: %s: %s\n", to, strerror(errno));
			unlink(to);
			return 1;
		}
	}
	if (unlink(from) != 0) {
		fprintf(stderr, "mv: %s: %s\n", from, strerror(errno));
		return 1;
	}
	return 0;
}

static int move(const char *from, const char *to)
{
	if (rename(from, to) == 0)
		return 0;
	if (errno == EXDEV)
		return copy_remove(from, to);
	fprintf(stderr, "mv: %s -> %s: %s\n", from, to, strerror(errno));
	return 1;
}

int main(int argc, char *argv[])
{
	int c;

	while ((c = getopt(argc, argv, "fi")) != -1) {
		if (c != 'f' && c != 'i') {
			fprintf(stderr, "usage: mv source... target\n");
			return 1;
		}
	}
	return each_source(argc, argv, optind, "mv", "mv source... target", move);
}
