/* Path helpers shared by the utilities: see paths.h. */
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *path_join(const char *dir, const char *name, const char *program, int status)
{
	size_t length = strlen(dir);
	char *p = malloc(length + strlen(name) + 2);

	if (p == NULL) {
		fprintf(stderr, "%s: out of memory\n", program);
		exit(status);
	}
	strcpy(p, dir);
	if (length > 0 && dir[length - 1] != '/')
		strcat(p, "/");
	strcat(p, name);
	return p;
}

const char *path_last(const char *path)
{
	static char buf[1024];
	size_t len = strlen(path);
	const char *slash;

	if (len >= sizeof buf)
		len = sizeof buf - 1;
	memcpy(buf, path, len);
	buf[len] = '\0';
	while (len > 1 && buf[len - 1] == '/')
		buf[--len] = '\0';
	slash = strrchr(buf, '/');
	return slash != NULL ? slash + 1 : buf;
}

int each_source(int argc, char **argv, int first, const char *program, const char *usage,
		int (*action)(const char *from, const char *to))
{
	const char *target;
	struct stat st;
	int to_dir;
	int status = 0;
	int i;

	if (argc - first < 2) {
		fprintf(stderr, "usage: %s\n", usage);
		return 1;
	}
	target = argv[argc - 1];
	to_dir = stat(target, &st) == 0 && S_ISDIR(st.st_mode);
	if (argc - first > 2 && !to_dir) {
		fprintf(stderr, "%s: %s: not a directory\n", program, target);
		return 1;
	}
	for (i = first; i < argc - 1; i++) {
		if (to_dir) {
			char *t = path_join(target, path_last(argv[i]), program, 1);

			status |= action(argv[i], t);
			free(t);
		} else {
			status |= action(argv[i], target);
		}
	}
	return status;
}
