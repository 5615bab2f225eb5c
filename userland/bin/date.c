/* date [-u] [+FORMAT]: print the date and time (UTC). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	const char *fmt = "%a %b %e %H:%M:%S UTC %Y";
	char buf[512];
	time_t now;
	struct tm *tm;
	int c;

	while ((c = getopt(argc, argv, "u")) != -1) {
		if (c != 'u') {
			fprintf(stderr, "usage: date [-u] [+format]\n");
			return 1;
		}
	}
	if (optind < argc) {
		if (argv[optind][0] != '+' || optind + 1 < argc) {
			fprintf(stderr, "date: setting the date is not supported\n");
			return 1;
		}
		fmt = argv[optind] + 1;
	}
	now = time(NULL);
	tm = gmtime(&now);
	if (tm == NULL) {
		fprintf(stderr, "date: %s\n", strerror(errno));
		return 1;
	}
	if (fmt[0] != '\0' && strftime(buf, sizeof buf, fmt, tm) == 0) {
		fprintf(stderr, "date: format too long\n");
		return 1;
	}
	if (fmt[0] == '\0')
		buf[0] = '\0';
	puts(buf);
	return 0;
}
