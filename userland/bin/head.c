/* head [-n N | -N] [FILE...]: print the first lines of files. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int head(FILE *f, long lines)
{
	int c;

	while (lines > 0 && (c = getc(f)) != EOF) {
		putchar(c);
		if (c == '\n')
			lines--;
	}
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
			fprintf(stderr, "usage: head [-n lines] [file...]\n");
			return 1;
		}
		lines = strtol(optarg, &end, 10);
		if (*end != '\0' || lines < 0) {
			fprintf(stderr, "head: invalid number of lines: '%s'\n", optarg);
			return 1;
		}
	}
	if (optind >= argc)
		return head(stdin, lines);
	for (i = optind; i < argc; i++) {
		FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");

		if (f == NULL) {
			fprintf(stderr, "head: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1)
			printf("%s==> %s <==\n", i > optind ? "\n" : "", argv[i]);
		status |= head(f, lines);
		if (f != stdin)
			fclose(f);
	}
	return status;
}
