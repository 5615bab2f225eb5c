/* df [-k] [PATH...]: free space of the file systems holding the paths (default /). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <sys/statvfs.h>
#define STATFS struct statvfs
#define STATFS_CALL statvfs
#define BSIZE(s) ((long)(s).f_frsize)
#else
#include <sys/statfs.h>
#define STATFS struct statfs
#define STATFS_CALL statfs
#define BSIZE(s) ((long)(s).f_bsize)
#endif

static int show(const char *path)
{
	STATFS s;
	long k, total, freek, used;

	if (STATFS_CALL(path, &s) != 0) {
		fprintf(stderr, "df: %s: %s\n", path, strerror(errno));
		return 1;
	}
	k = BSIZE(s);
	total = (long)((unsigned long)s.f_blocks * (unsigned long)k / 1024);
	freek = (long)((unsigned long)s.f_bfree * (unsigned long)k / 1024);
	used = total - freek;
	printf("%-12s %10ld %10ld %10ld %3ld%% %10ld %10ld\n", path, total, used, freek,
	       total > 0 ? (used * 100 + total - 1) / total : 0L, (long)s.f_files, (long)s.f_ffree);
	return 0;
}

int main(int argc, char *argv[])
{
	int status = 0;
	int c, i;

	while ((c = getopt(argc, argv, "k")) != -1) {
		if (c != 'k') {
			fprintf(stderr, "usage: df [-k] [path...]\n");
			return 1;
		}
	}
	printf("%-12s %10s %10s %10s %4s %10s %10s\n", "Filesystem", "1K-blocks", "Used",
	       "Available", "Use%", "Inodes", "IFree");
	if (optind >= argc)
		return show("/");
	for (i = optind; i < argc; i++)
		status |= show(argv[i]);
	return status;
}
