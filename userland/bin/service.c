/*
 * service list | service down LABEL | service refresh LABEL | service snapshot LABEL |
 * service up PROGRAM [-label L] [-period MS] [-policy SCRIPT]: ask RS about system services.
 * "restart" is the old name of "refresh". A PROGRAM is a program of the boot image, named by its
 * service's label (every service is a Java program of the image): "service up printer" after
 * "service down printer" brings it back; with -label it starts a second copy under that label.
 * -policy makes SCRIPT decide what happens when the service fails, instead of RS.
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
#include <minix/pm.h>
#include <minix/rs.h>
#include <minix/syscall.h>

static void usage(void)
{
	fprintf(stderr, "usage: service list\n       service down label\n"
		"       service refresh label\n       service restart label\n"
		"       service snapshot label\n"
		"       service up program [-label label] [-period ms] [-policy script]\n");
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

/* Puts label (at most 16 bytes, checked by the caller) in words first..first+3 of m. */
static void put_label(message *m, int first, const char *label)
{
	memcpy(&m->m_w[first], label, strlen(label));
}

/*
 * Asks RS for the text of call (RS_FAILURE, RS_SNAPSHOT) about label; writes at most size - 1
 * bytes of it to out (NUL-terminated) when out is not null, else prints it all. Returns 0, or
 * -1 with errno set.
 */
static int text(int call, const char *label, char *out, int size)
{
	message m;
	int offset = 0;

	for (;;) {
		int r;

		memset(&m, 0, sizeof m);
		put_label(&m, 0, label);
		m.m_w[4] = offset;
		r = _syscall(RS_ENDPOINT, call, &m);
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		if (out) {
			int room = size - 1 - offset;

			memcpy(out + offset, &m.m_w[0], r < room ? r : room);
			if (r >= room) {
				offset = size - 1;
				break;
			}
		} else {
			fwrite(&m.m_w[0], 1, r, stdout);
		}
		offset += r;
	}
	if (out)
		out[offset] = '\0';
	return 0;
}

static int list(void)
{
	message m;
	int index = 0;

	printf("%-16s %8s %5s %8s %-10s %6s %-8s %s\n", "LABEL", "ENDPOINT", "PID", "RESTARTS",
		"STATE", "INAROW", "BACKOFF", "FAILURE");
	for (;;) {
		char label[17];
		int r;
		char endpoint[24];
		char backoff[16];
		char failure[200];

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
		if (text(RS_FAILURE, label, failure, sizeof failure) < 0)
			strcpy(failure, reason_name(m.m_w[7]));
		/* system processes have no process id */
		printf("%-16s %8s %5s %8d %-10s %6d %-8s %s\n", label, endpoint, "-", m.m_w[5],
			state_name(m.m_w[6]), m.m_w[8], backoff, failure);
		index = r + 1;
	}
}

static int snapshot(const char *label)
{
	if (strlen(label) > 16) {
		fprintf(stderr, "service: %s: label too long\n", label);
		return 1;
	}
	if (text(RS_SNAPSHOT, label, 0, 0) < 0) {
		if (errno == ENOENT)
			fprintf(stderr, "service: snapshot %s: none kept (the policy says no "
				"snapshot, or it has not failed)\n", label);
		else
			fprintf(stderr, "service: snapshot %s: %s\n", label, strerror(errno));
		return 1;
	}
	return 0;
}

static int number(const char *s, int *value)
{
	int n = 0;

	if (*s == '\0')
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || n > 100000000)
			return -1;
		n = n * 10 + (*s - '0');
	}
	*value = n;
	return 0;
}

static int up(int argc, char *argv[])
{
	message m;
	const char *program = argv[2];
	const char *label = "";
	const char *script = NULL;
	int period = -1;
	int i;
	int r;

	for (i = 3; i < argc; i += 2) {
		if (i + 1 >= argc) {
			usage();
			return 2;
		}
		if (strcmp(argv[i], "-label") == 0) {
			label = argv[i + 1];
		} else if (strcmp(argv[i], "-policy") == 0) {
			script = argv[i + 1];
		} else if (strcmp(argv[i], "-period") == 0) {
			if (number(argv[i + 1], &period) < 0) {
				fprintf(stderr, "service: up: bad period '%s'\n", argv[i + 1]);
				return 2;
			}
		} else {
			usage();
			return 2;
		}
	}
	if (strchr(program, '/')) {
		fprintf(stderr, "service: up: %s: not a program of the boot image: every service is "
			"a Java program of the image, named by its label\n", program);
		return 1;
	}
	if (strlen(program) > 16 || strlen(label) > 16) {
		fprintf(stderr, "service: up: label too long\n");
		return 1;
	}
	if (script && (script[0] != '/' || strlen(script) >= PM_SCRIPT_PATH_BYTES)) {
		fprintf(stderr, "service: up: -policy %s: an absolute path shorter than %d bytes\n",
			script, PM_SCRIPT_PATH_BYTES);
		return 1;
	}
	memset(&m, 0, sizeof m);
	put_label(&m, 0, program);
	put_label(&m, 4, label);
	m.m_w[8] = period;
	r = _syscall(RS_ENDPOINT, RS_UP, &m);
	if (r < 0) {
		if (errno == ESRCH)
			fprintf(stderr, "service: up %s: no such program in the boot image\n", program);
		else
			fprintf(stderr, "service: up %s: %s\n", program, strerror(errno));
		return 1;
	}
	if (script) {
		/* Until this call RS restarts the copy on its own. */
		memset(&m, 0, sizeof m);
		put_label(&m, 0, *label ? label : program);
		memcpy(&m.m_w[4], script, strlen(script));
		if (_syscall(RS_ENDPOINT, RS_SCRIPT, &m) < 0) {
			fprintf(stderr, "service: up %s: -policy %s: %s\n", program, script,
				strerror(errno));
			return 1;
		}
	}
	return 0;
}

static int change(int type, const char *verb, const char *label)
{
	message m;

	if (strlen(label) > 16) {
		fprintf(stderr, "service: %s: label too long\n", label);
		return 1;
	}
	memset(&m, 0, sizeof m);
	put_label(&m, 0, label);
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
	if (argc == 3 && strcmp(argv[1], "snapshot") == 0)
		return snapshot(argv[2]);
	if (argc >= 3 && strcmp(argv[1], "up") == 0)
		return up(argc, argv);
	usage();
	return 2;
}
#endif
