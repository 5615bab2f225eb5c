/*
 * service list | service down LABEL | service refresh LABEL: ask RS about system services.
 * "restart" is the old name of "refresh". "up PROGRAM" cannot work here: every service is a
 * Java program of the boot image, so a program file cannot become one.
 */
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
	fprintf(stderr, "usage: service list\n       service down label\n"
		"       service refresh label\n       service restart label\n");
}

static const char *state_name(int state)
{
	switch (state) {
	case RS_STATE_UP: return "up";
	case RS_STATE_RESTARTING: return "restarting";
	case RS_STATE_DOWN: return "down";
	case RS_STATE_BACKOFF: return "backoff";
	default: return "?";
	}
}

static const char *reason_name(int reason)
{
	switch (reason) {
	case RS_REASON_NONE: return "-";
	case RS_REASON_CRASH: return "crash";
	case RS_REASON_PANIC: return "panic";
	case RS_REASON_HEARTBEAT: return "heartbeat";
	case RS_REASON_KILLED: return "killed";
	default: return "?";
	}
}

static int list(void)
{
	message m;
	int index = 0;

	printf("%-16s %8s %8s %-10s %-9s %6s %s\n", "LABEL", "ENDPOINT", "RESTARTS", "STATE",
		"FAILURE", "INAROW", "BACKOFF");
	for (;;) {
		char label[17];
		int r;
		char endpoint[24];
		char backoff[16];

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
		if (m.m_w[6] == RS_STATE_BACKOFF)
			snprintf(backoff, sizeof backoff, "%dms", m.m_w[9]);
		else
			strcpy(backoff, "-");
		printf("%-16s %8s %8d %-10s %-9s %6d %s\n", label, endpoint, m.m_w[5],
			state_name(m.m_w[6]), reason_name(m.m_w[7]), m.m_w[8], backoff);
		index = r + 1;
	}
}

static int change(int type, const char *verb, const char *label)
{
	message m;

	if (strlen(label) > 16) {
		fprintf(stderr, "service: %s: label too long\n", label);
		return 1;
	}
	memset(&m, 0, sizeof m);
	memcpy(&m.m_w[0], label, strlen(label));
	if (_syscall(RS_ENDPOINT, type, &m) < 0) {
		fprintf(stderr, "service: %s %s: %s\n", verb, label, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char *argv[])
{
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return list();
	if (argc == 3 && strcmp(argv[1], "down") == 0)
		return change(RS_DOWN, "down", argv[2]);
	if (argc == 3 && strcmp(argv[1], "refresh") == 0)
		return change(RS_REFRESH, "refresh", argv[2]);
	if (argc == 3 && strcmp(argv[1], "restart") == 0)
		return change(RS_REFRESH, "restart", argv[2]);
	if (argc >= 2 && strcmp(argv[1], "up") == 0) {
		fprintf(stderr, "service: up: cannot start a service from a program file: every "
			"service is a Java program of the boot image (use 'service refresh LABEL')\n");
		return 1;
	}
	usage();
	return 2;
}
#endif
