/* basename PATH [SUFFIX]: the last component of a path. */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	char *p, *end;
	size_t len;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: basename string [suffix]\n");
		return 1;
	}
	p = argv[1];
	len = strlen(p);
	while (len > 1 && p[len - 1] == '/')
		p[--len] = '\0';
	end = strrchr(p, '/');
	if (end != NULL && end[1] != '\0')
		p = end + 1;
	len = strlen(p);
	if (argc == 3) {
		size_t s = strlen(argv[2]);

		if (s < len && strcmp(p + len - s, argv[2]) == 0)
			p[len - s] = '\0';
	}
	puts(p);
	return 0;
}
