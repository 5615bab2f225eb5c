/* cmp [-s] FILE1 FILE2: compare two files byte by byte. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	FILE *a, *b;
	long byte = 1, line = 1;
	int silent = 0;
	int c, ca, cb;

	while ((c = getopt(argc, argv, "s")) != -1) {
		if (c != 's') {
			fprintf(stderr, "usage: cmp [-s] file1 file2\n");
			return 2;
		}
		silent = 1;
	}
	if (argc - optind != 2) {
		fprintf(stderr, "usage: cmp [-s] file1 file2\n");
		return 2;
	}
	a = strcmp(argv[optind], "-") == 0 ? stdin : fopen(argv[optind], "r");
	if (a == NULL) {
		fprintf(stderr, "cmp: %s: %s\n", argv[optind], strerror(errno));
		return 2;
	}
	b = strcmp(argv[optind + 1], "-") == 0 ? stdin : fopen(argv[optind + 1], "r");
	if (b == NULL) {
		fprintf(stderr, "cmp: %s: %s\n", argv[optind + 1], strerror(errno));
		return 2;
	}
	for (;;) {
		ca = getc(a);
		cb = getc(b);
		if (ca == EOF || cb == EOF)
			break;
		if (ca != cb) {
			if (!silent)
				printf("%s %s differ: byte %ld, line %ld\n", argv[optind], argv[optind + 1], byte, line);
			return 1;
		}
		if (ca == '\n')
			line++;
		byte++;
	}
	if (ca == cb)
		return 0;
	if (!silent)
		fprintf(stderr, "cmp: EOF on %s\n", ca == EOF ? argv[optind] : argv[optind + 1]);
	return 1;
}
