/* service list | service restart LABEL: ask RS about system services. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#ifdef __GLIBC__
int main(void)
{
	fprintf(stderr, "service: needs minix3j's reincarnation server\n");
	return 1;
}
#else
#include <minix/endpoints.h>
#include <minix/rs.h>
#include <minix/syscall.h>

static void usage(void)
{
	fprintf(stderr, "usage: service list\n       service restart label\n");
}

static const char *state_name(int state)
{
	switch (state) {
	case RS_STATE_UP: return "up";
	case RS_STATE_RESTARTING: return "restarting";
	case RS_STATE_DOWN: return "down";
	default: return "?";
	}
}

static int list(void)
{
	message m;
	int index = 0;

	printf("%-16s %8s %8s %s\n", "LABEL", "ENDPOINT", "RESTARTS", "STATE");
	for (;;) {
		char label[17];
		int r;
		char endpoint[24];

		memset(&m, 0, sizeof m);
		m.m_w[0] = index;
		r = _syscall(RS_ENDPOINT, RS_LIST, &m);
		if (r < 0) {
			if (errno == ESRCH)
				return 0;
			fprintf(stderr, "service: list: %s\n", strerror(errno));
			return 1;
		}
		memcpy(label, &m.m_w[0], 16);
		label[16] = '\0';
		/* slot.generation, as the kernel's log writes endpoints */
		snprintf(endpoint, sizeof endpoint, "%d.%d", m.m_w[4] % ENDPOINT_GENERATION_SIZE,
			m.m_w[4] / ENDPOINT_GENERATION_SIZE);
		printf("%-16s %8s %8d %s\n", label, endpoint, m.m_w[5], state_name(m.m_w[6]));
		index = r + 1;
	}
}

static int restart(const char *label)
{
	message m;

	if (strlen(label) > 16) {
		fprintf(stderr, "service: %s: label too long\n", label);
		return 1;
	}
	memset(&m, 0, sizeof m);
	memcpy(&m.m_w[0], label, strlen(label));
	if (_syscall(RS_ENDPOINT, RS_RESTART, &m) < 0) {
		fprintf(stderr, "service: restart %s: %s\n", label, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char *argv[])
{
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return list();
	if (argc == 3 && strcmp(argv[1], "restart") == 0)
		return restart(argv[2]);
	usage();
	return 2;
}
#endif
