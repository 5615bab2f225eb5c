/* tail [-n N | -N] [FILE...]: print the last lines of files. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads all of `f` into memory and prints its last `lines` lines. */
static int tail(FILE *f, long lines)
{
	size_t cap = 8192, len = 0;
	char *buf = malloc(cap);
	size_t start;
	long seen = 0;
	int c;

	if (buf == NULL) {
		fprintf(stderr, "tail: out of memory\n");
		return 1;
	}
	while ((c = getc(f)) != EOF) {
		if (len == cap) {
			char *more = realloc(buf, cap * 2);

			if (more == NULL) {
				fprintf(stderr, "tail: out of memory\n");
				free(buf);
				return 1;
			}
			buf = more;
			cap *= 2;
		}
		buf[len++] = (char)c;
	}
	start = len;
	/* A last line without a newline counts as a line too. */
	if (start > 0 && buf[start - 1] == '\n')
		start--;
	while (start > 0) {
		if (buf[start - 1] == '\n' && ++seen == lines)
			break;
		start--;
	}
	if (lines == 0)
		start = len;
	fwrite(buf + start, 1, len - start, stdout);
	free(buf);
	return ferror(f) ? 1 : 0;
}

int main(int argc, char *argv[])
{
	long lines = 10;
	int status = 0;
	int c, i;
	char *end;

	if (argc > 1 && argv[1][0] == '-' && isdigit((unsigned char)argv[1][1])) {
		lines = strtol(argv[1] + 1, &end, 10);
		argv[1] = argv[0];
		argv++;
		argc--;
	}
	while ((c = getopt(argc, argv, "n:")) != -1) {
		if (c != 'n') {
			fprintf(stderr, "usage: tail [-n lines] [file...]\n");
			return 1;
		}
		lines = strtol(optarg[0] == '-' ? optarg + 1 : optarg, &end, 10);
		if (*end != '\0' || lines < 0) {
			fprintf(stderr, "tail: invalid number of lines: '%s'\n", optarg);
			return 1;
		}
	}
	if (optind >= argc)
		return tail(stdin, lines);
	for (i = optind; i < argc; i++) {
		FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");

		if (f == NULL) {
			fprintf(stderr, "tail: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1)
			printf("%s==> %s <==\n", i > optind ? "\n" : "", argv[i]);
		status |= tail(f, lines);
		if (f != stdin)
			fclose(f);
	}
	return status;
}
