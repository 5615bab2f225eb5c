/* env [-i] [NAME=VALUE...] [COMMAND [ARG...]]: run a command in a changed environment. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char *argv[])
{
	char *empty[1] = { NULL };
	int i = 1;
	char **e;

	if (i < argc && (strcmp(argv[i], "-i") == 0 || strcmp(argv[i], "-") == 0)) {
		environ = empty;
		i++;
	}
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	for (; i < argc && strchr(argv[i], '=') != NULL; i++) {
		char *eq = strchr(argv[i], '=');

		*eq = '\0';
		if (setenv(argv[i], eq + 1, 1) != 0) {
			fprintf(stderr, "env: %s: %s\n", argv[i], strerror(errno));
			return 125;
		}
		*eq = '=';
	}
	if (i >= argc) {
		for (e = environ; *e != NULL; e++)
			puts(*e);
		return 0;
	}
	execvp(argv[i], argv + i);
	fprintf(stderr, "env: %s: %s\n", argv[i], strerror(errno));
	return errno == ENOENT ? 127 : 126;
}
