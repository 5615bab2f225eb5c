/* grep [-v] [-c] [-n] [-i] [-l] [-q] [-F] STRING [FILE...]: lines holding a fixed string. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int invert, count_only, numbers, nocase, names_only, quiet;
static const char *pattern;
static size_t pattern_len;

static int matches(const char *line)
{
	size_t i, j;

	if (!nocase)
		return strstr(line, pattern) != NULL;
	for (i = 0; line[i] != '\0'; i++) {
		for (j = 0; j < pattern_len; j++)
			if (tolower((unsigned char)line[i + j]) != tolower((unsigned char)pattern[j]))
				break;
		if (j == pattern_len)
			return 1;
	}
	return pattern_len == 0;
}

/* Reads one line of any length; NULL at end of file. */
static char *read_line(FILE *f, char **buf, size_t *cap)
{
	size_t len = 0;
	int c;

	while ((c = getc(f)) != EOF) {
		if (len + 2 > *cap) {
			size_t ncap = *cap ? *cap * 2 : 256;
			char *more = realloc(*buf, ncap);

			if (more == NULL) {
				fprintf(stderr, "grep: out of memory\n");
				exit(2);
			}
			*buf = more;
			*cap = ncap;
		}
		if (c == '\n')
			break;
		(*buf)[len++] = (char)c;
	}
	if (c == EOF && len == 0)
		return NULL;
	(*buf)[len] = '\0';
	return *buf;
}

/* Returns the number of selected lines. */
static long grep(FILE *f, const char *name, int show_name)
{
	static char *buf;
	static size_t cap;
	long n = 0, lineno = 0;
	char *line;

	while ((line = read_line(f, &buf, &cap)) != NULL) {
		lineno++;
		if (matches(line) == invert)
			continue;
		n++;
		if (quiet)
			return n;
		if (names_only) {
			puts(name);
			return n;
		}
		if (count_only)
			continue;
		if (show_name)
			printf("%s:", name);
		if (numbers)
			printf("%ld:", lineno);
		puts(line);
	}
	if (count_only) {
		if (show_name)
			printf("%s:", name);
		printf("%ld\n", n);
	}
	return n;
}

int main(int argc, char *argv[])
{
	long found = 0;
	int trouble = 0;
	int c, i, many;

	while ((c = getopt(argc, argv, "vcnilqFe:s")) != -1) {
		switch (c) {
		case 'v': invert = 1; break;
		case 'c': count_only = 1; break;
		case 'n': numbers = 1; break;
		case 'i': nocase = 1; break;
		case 'l': names_only = 1; break;
		case 'q': quiet = 1; break;
		case 'F': case 's': break;
		case 'e': pattern = optarg; break;
		default:
			fprintf(stderr, "usage: grep [-vcnilqF] [-e] string [file...]\n");
			return 2;
		}
	}
	if (pattern == NULL) {
		if (optind >= argc) {
			fprintf(stderr, "usage: grep [-vcnilqF] [-e] string [file...]\n");
			return 2;
		}
		pattern = argv[optind++];
	}
	pattern_len = strlen(pattern);
	many = argc - optind > 1;
	if (optind >= argc)
		found = grep(stdin, "(standard input)", 0);
	for (i = optind; i < argc; i++) {
		FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");

		if (f == NULL) {
			fprintf(stderr, "grep: %s: %s\n", argv[i], strerror(errno));
			trouble = 1;
			continue;
		}
		found += grep(f, f == stdin ? "(standard input)" : argv[i], many);
		if (f != stdin)
			fclose(f);
		if (quiet && found)
			return 0;
	}
	if (trouble && !(quiet && found))
		return 2;
	return found ? 0 : 1;
}
