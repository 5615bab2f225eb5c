/* sort [-r] [-n] [-u] [FILE...]: sort lines (of any length). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int reverse, numeric, unique;
static char **lines;
static size_t count, cap;

static void out_of_memory(void)
{
	fprintf(stderr, "sort: out of memory\n");
	exit(2);
}

static void add(char *line)
{
	if (count == cap) {
		char **more;

		cap = cap ? cap * 2 : 256;
		more = realloc(lines, cap * sizeof *lines);
		if (more == NULL)
			out_of_memory();
		lines = more;
	}
	lines[count++] = line;
}

static void read_all(FILE *f)
{
	char *buf = NULL;
	size_t len = 0, size = 0;
	int c;

	for (;;) {
		c = getc(f);
		if (c == EOF && len == 0)
			break;
		if (len + 1 >= size) {
			char *more;

			size = size ? size * 2 : 64;
			more = realloc(buf, size);
			if (more == NULL)
				out_of_memory();
			buf = more;
		}
		if (c == '\n' || c == EOF) {
			buf[len] = '\0';
			add(buf);
			buf = NULL;
			len = size = 0;
			if (c == EOF)
				break;
			continue;
		}
		buf[len++] = (char)c;
	}
	free(buf);
}

/* The leading number of a line: optional blanks, sign, digits. */
static long number(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return strtol(s, NULL, 10);
}

static int compare(const void *a, const void *b)
{
	const char *x = *(char *const *)a;
	const char *y = *(char *const *)b;
	int r;

	if (numeric) {
		long nx = number(x), ny = number(y);

		r = nx < ny ? -1 : nx > ny ? 1 : 0;
		if (r == 0 && !unique)
			r = strcmp(x, y);
	} else {
		r = strcmp(x, y);
	}
	return reverse ? -r : r;
}

int main(int argc, char *argv[])
{
	size_t i;
	int c, status = 0;

	while ((c = getopt(argc, argv, "rnu")) != -1) {
		switch (c) {
		case 'r': reverse = 1; break;
		case 'n': numeric = 1; break;
		case 'u': unique = 1; break;
		default:
			fprintf(stderr, "usage: sort [-rnu] [file...]\n");
			return 2;
		}
	}
	if (optind >= argc)
		read_all(stdin);
	for (c = optind; c < argc; c++) {
		FILE *f = strcmp(argv[c], "-") == 0 ? stdin : fopen(argv[c], "r");

		if (f == NULL) {
			fprintf(stderr, "sort: %s: %s\n", argv[c], strerror(errno));
			status = 2;
			continue;
		}
		read_all(f);
		if (f != stdin)
			fclose(f);
	}
	if (count > 1)
		qsort(lines, count, sizeof *lines, compare);
	for (i = 0; i < count; i++) {
		if (unique && i > 0 && compare(&lines[i - 1], &lines[i]) == 0)
			continue;
		puts(lines[i]);
	}
	return status;
}
