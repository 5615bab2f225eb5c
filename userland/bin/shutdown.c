/* shutdown [-h | -p]: end every process, sync, and halt (-h) or power off (-p, default). */
#define _XOPEN_SOURCE 700 /* sync */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#ifdef __GLIBC__
#define RB_HALT 0
#define RB_POWEROFF 1
static int reboot_machine(int how)
{
	(void)how;
	errno = ENOSYS;
	return -1;
}
#else
#include <sys/reboot.h>
static int reboot_machine(int how)
{
	tcdrain(STDOUT_FILENO);
	return reboot(how);
}
#endif

int main(int argc, char *argv[])
{
	int how = RB_POWEROFF;
	int c;

	while ((c = getopt(argc, argv, "hpP")) != -1) {
		switch (c) {
		case 'h': how = RB_HALT; break;
		case 'p': case 'P': how = RB_POWEROFF; break;
		default:
			fprintf(stderr, "usage: shutdown [-h | -p]\n");
			return 2;
		}
	}
	if (geteuid() != 0) {
		fprintf(stderr, "shutdown: must be root\n");
		return 1;
	}
	sync();
	reboot_machine(how);
	fprintf(stderr, "shutdown: %s\n", strerror(errno));
	return 1;
}
