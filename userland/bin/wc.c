/* wc [-l] [-w] [-c] [FILE...]: count lines, words and bytes. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int show_lines, show_words, show_bytes;
static long total[3];

static int width = 7;

/* One column alone is printed bare; several are aligned, as coreutils does. */
static void print(const long n[3], const char *name)
{
	int columns = show_lines + show_words + show_bytes;
	int w = columns == 1 ? 1 : width;
	int first = 1;
	int i;
	int shown[3];

	shown[0] = show_lines;
	shown[1] = show_words;
	shown[2] = show_bytes;
	for (i = 0; i < 3; i++) {
		if (!shown[i])
			continue;
		printf(first ? "%*ld" : " %*ld", w, n[i]);
		first = 0;
	}
	if (name != NULL)
		printf(" %s", name);
	putchar('\n');
}

static int count(int fd, const char *name, int show_name)
{
	static char buf[8192];
	long n[3] = { 0, 0, 0 };
	int in_word = 0;
	ssize_t got, i;

	while ((got = read(fd, buf, sizeof buf)) > 0) {
		n[2] += got;
		for (i = 0; i < got; i++) {
			unsigned char c = (unsigned char)buf[i];

			if (c == '\n')
				n[0]++;
			if (isspace(c)) {
				in_word = 0;
			} else if (!in_word) {
				in_word = 1;
				n[1]++;
			}
		}
	}
	if (got < 0) {
		fprintf(stderr, "wc: %s: %s\n", name, strerror(errno));
		return 1;
	}
	for (i = 0; i < 3; i++)
		total[i] += n[i];
	print(n, show_name ? name : NULL);
	return 0;
}

int main(int argc, char *argv[])
{
	int status = 0;
	int c, i;

	while ((c = getopt(argc, argv, "lwc")) != -1) {
		switch (c) {
		case 'l': show_lines = 1; break;
		case 'w': show_words = 1; break;
		case 'c': show_bytes = 1; break;
		default:
			fprintf(stderr, "usage: wc [-lwc] [file...]\n");
			return 1;
		}
	}
	if (!show_lines && !show_words && !show_bytes)
		show_lines = show_words = show_bytes = 1;
	if (optind >= argc)
		return count(0, "stdin", 0);
	/* Files: the width of the largest possible count, their total size. */
	{
		struct stat st;
		long sum = 0;

		for (i = optind; i < argc; i++)
			if (stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
				sum += (long)st.st_size;
			else
				sum += 1000000;
		for (width = 1; sum >= 10; sum /= 10)
			width++;
	}
	for (i = optind; i < argc; i++) {
		int fd = strcmp(argv[i], "-") == 0 ? 0 : open(argv[i], O_RDONLY);

		if (fd < 0) {
			fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
			status = 1;
			continue;
		}
		status |= count(fd, argv[i], 1);
		if (fd != 0)
			close(fd);
	}
	if (argc - optind > 1)
		print(total, "total");
	return status;
}
