/* uname [-a] [-s] [-n] [-r] [-v] [-m]: print system names. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	struct utsname u;
	int s = 0, n = 0, r = 0, v = 0, m = 0;
	int first = 1;
	int c;

	while ((c = getopt(argc, argv, "asnrvm")) != -1) {
		switch (c) {
		case 'a': s = n = r = v = m = 1; break;
		case 's': s = 1; break;
		case 'n': n = 1; break;
		case 'r': r = 1; break;
		case 'v': v = 1; break;
		case 'm': m = 1; break;
		default:
			fprintf(stderr, "usage: uname [-asnrvm]\n");
			return 1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "usage: uname [-asnrvm]\n");
		return 1;
	}
	if (!(s || n || r || v || m))
		s = 1;
	if (uname(&u) != 0) {
		fprintf(stderr, "uname: %s\n", strerror(errno));
		return 1;
	}
#define SHOW(flag, field)                                  \
	if (flag) {                                        \
		printf(first ? "%s" : " %s", u.field);     \
		first = 0;                                 \
	}
	SHOW(s, sysname)
	SHOW(n, nodename)
	SHOW(r, release)
	SHOW(v, version)
	SHOW(m, machine)
	putchar('\n');
	return 0;
}
