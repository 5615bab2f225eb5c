/* dirname PATH: all but the last component of a path. */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	char *p;
	size_t len;

	if (argc != 2) {
		fprintf(stderr, "usage: dirname string\n");
		return 1;
	}
	p = argv[1];
	len = strlen(p);
	while (len > 1 && p[len - 1] == '/')
		p[--len] = '\0';
	while (len > 0 && p[len - 1] != '/')
		len--;
	if (len == 0) {
		puts(".");
		return 0;
	}
	while (len > 1 && p[len - 1] == '/')
		len--;
	p[len] = '\0';
	puts(p);
	return 0;
}
