/* od [-b | -c | -x | -o] [FILE...]: dump bytes (default: octal 2-byte words). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char mode = 'o';

static void line(long offset, const unsigned char *b, int n)
{
	int i;

	printf("%07lo", offset);
	switch (mode) {
	case 'b':
		for (i = 0; i < n; i++)
			printf(" %03o", b[i]);
		break;
	case 'c':
		for (i = 0; i < n; i++) {
			unsigned char c = b[i];

			switch (c) {
			case '\0': printf("  \\0"); break;
			case '\a': printf("  \\a"); break;
			case '\b': printf("  \\b"); break;
			case '\f': printf("  \\f"); break;
			case '\n': printf("  \\n"); break;
			case '\r': printf("  \\r"); break;
			case '\t': printf("  \\t"); break;
			case '\v': printf("  \\v"); break;
			default:
				if (c >= 32 && c < 127)
					printf("   %c", c);
				else
					printf(" %03o", c);
			}
		}
		break;
	default:
		for (i = 0; i < n; i += 2) {
			unsigned v = b[i] | (i + 1 < n ? (unsigned)b[i + 1] << 8 : 0);

			printf(mode == 'x' ? " %04x" : " %06o", v);
		}
		break;
	}
	putchar('\n');
}

int main(int argc, char *argv[])
{
	unsigned char buf[16];
	int have = 0;
	long offset = 0;
	int status = 0;
	int c, i;

	while ((c = getopt(argc, argv, "bcxo")) != -1) {
		if (c == '?') {
			fprintf(stderr, "usage: od [-bcxo] [file...]\n");
			return 1;
		}
		mode = (char)c;
	}
	for (i = optind; i < argc || (i == optind && optind == argc); i++) {
		int fd = (optind == argc || strcmp(argv[i], "-") == 0) ? 0 : open(argv[i], O_RDONLY);
		ssize_t n;

		if (fd < 0) {
			fprintf(stderr, "od: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		while ((n = read(fd, buf + have, sizeof buf - (size_t)have)) > 0) {
			have += (int)n;
			if (have == (int)sizeof buf) {
				line(offset, buf, have);
				offset += have;
				have = 0;
			}
		}
		if (n < 0) {
			fprintf(stderr, "od: %s: %s\n", optind == argc ? "stdin" : argv[i], strerror(errno));
			status = 1;
		}
		if (fd != 0)
			close(fd);
		if (optind == argc)
			break;
	}
	if (have > 0) {
		line(offset, buf, have);
		offset += have;
	}
	printf("%07lo\n", offset);
	return status;
}
