/* ps: list processes (PM's GETPROCS table walk). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#ifdef __GLIBC__
int main(void)
{
	fprintf(stderr, "ps: needs minix3j's process manager\n");
	return 1;
}
#else
#include <minix/endpoints.h>
#include <minix/pm.h>
#include <minix/syscall.h>

int main(int argc, char *argv[])
{
	message m;
	int index = 0;
	int all = 1;

	(void)argv;
	if (argc > 1 && argv[1][0] != '-') {
		fprintf(stderr, "usage: ps [-ef]\n");
		return 1;
	}
	(void)all;
	printf("  PID  PPID  PGRP   UID S    TICKS CMD\n");
	for (;;) {
		char name[17];
		int r;

		memset(&m, 0, sizeof m);
		m.m_w[0] = index;
		r = _syscall(PM_ENDPOINT, PM_GETPROCS, &m);
		if (r < 0) {
			if (errno == ESRCH)
				break;
			fprintf(stderr, "ps: %s\n", strerror(errno));
			return 1;
		}
		memcpy(name, &m.m_w[8], 16);
		name[16] = '\0';
		printf("%5d %5d %5d %5d %c %8ld %s\n", m.m_w[0], m.m_w[1], m.m_w[2], m.m_w[3],
		       (char)m.m_w[4], (long)m.m_w[5] + (long)m.m_w[6], name);
		index = r + 1;
	}
	return 0;
}
#endif
