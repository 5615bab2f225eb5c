/* Path helpers shared by the utilities: see paths.h. */
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
