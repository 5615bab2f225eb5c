/* uniq [-c] [-d] [-u] [INPUT [OUTPUT]]: drop repeated adjacent lines. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int show_count, only_repeated, only_unique;

static char *read_line(FILE *f)
{
	char *buf = NULL;
	size_t len = 0, size = 0;
	int c;

	while ((c = getc(f)) != EOF) {
		if (len + 1 >= size) {
			char *more;

			size = size ? size * 2 : 128;
			more = realloc(buf, size);
			if (more == NULL) {
				fprintf(stderr, "uniq: out of memory\n");
				exit(1);
			}
			buf = more;
		}
		if (c == '\n')
			break;
		buf[len++] = (char)c;
	}
	if (c == EOF && len == 0) {
		free(buf);
		return NULL;
	}
	if (buf == NULL) {
		buf = malloc(1);
		if (buf == NULL)
			exit(1);
	}
	buf[len] = '\0';
	return buf;
}

static void emit(FILE *out, const char *line, long n)
{
	if ((only_repeated && n < 2) || (only_unique && n > 1))
		return;
	if (show_count)
		fprintf(out, "%7ld %s\n", n, line);
	else
		fprintf(out, "%s\n", line);
}

int main(int argc, char *argv[])
{
	FILE *in = stdin, *out = stdout;
	char *prev = NULL, *line;
	long n = 0;
	int c;

	while ((c = getopt(argc, argv, "cdu")) != -1) {
		switch (c) {
		case 'c': show_count = 1; break;
		case 'd': only_repeated = 1; break;
		case 'u': only_unique = 1; break;
		default:
			fprintf(stderr, "usage: uniq [-cdu] [input [output]]\n");
			return 1;
		}
	}
	if (optind < argc && strcmp(argv[optind], "-") != 0) {
		in = fopen(argv[optind], "r");
		if (in == NULL) {
			fprintf(stderr, "uniq: %s: %s\n", argv[optind], strerror(errno));
			return 1;
		}
	}
	if (optind + 1 < argc) {
		out = fopen(argv[optind + 1], "w");
		if (out == NULL) {
			fprintf(stderr, "uniq: %s: %s\n", argv[optind + 1], strerror(errno));
			return 1;
		}
	}
	while ((line = read_line(in)) != NULL) {
		if (prev != NULL && strcmp(prev, line) == 0) {
			n++;
			free(line);
			continue;
		}
		if (prev != NULL) {
			emit(out, prev, n);
			free(prev);
		}
		prev = line;
		n = 1;
	}
	if (prev != NULL)
		emit(out, prev, n);
	return fflush(out) == 0 ? 0 : 1;
}
