/* kill [-s NAME | -NAME | -N] PID..., kill -l [STATUS]: send signals. */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

static const struct {
	const char *name;
	int number;
} names[] = {
	{ "HUP", SIGHUP }, { "INT", SIGINT }, { "QUIT", SIGQUIT }, { "ILL", SIGILL },
	{ "TRAP", SIGTRAP }, { "ABRT", SIGABRT }, { "BUS", SIGBUS }, { "FPE", SIGFPE },
	{ "KILL", SIGKILL }, { "USR1", SIGUSR1 }, { "SEGV", SIGSEGV }, { "USR2", SIGUSR2 },
	{ "PIPE", SIGPIPE }, { "ALRM", SIGALRM }, { "TERM", SIGTERM }, { "CHLD", SIGCHLD },
	{ "CONT", SIGCONT }, { "STOP", SIGSTOP }, { "TSTP", SIGTSTP }, { "TTIN", SIGTTIN },
	{ "TTOU", SIGTTOU },
};
#define NNAMES ((int)(sizeof names / sizeof names[0]))

static int signal_number(const char *s)
{
	char *end;
	long v;
	int i;

	if (isdigit((unsigned char)s[0])) {
		v = strtol(s, &end, 10);
		return *end == '\0' ? (int)v : -1;
	}
	if (strncmp(s, "SIG", 3) == 0)
		s += 3;
	for (i = 0; i < NNAMES; i++) {
		const char *a = names[i].name;
		const char *b = s;

		while (*a && toupper((unsigned char)*b) == *a) {
			a++;
			b++;
		}
		if (*a == '\0' && *b == '\0')
			return names[i].number;
	}
	return -1;
}

static const char *signal_name(int sig)
{
	int i;

	for (i = 0; i < NNAMES; i++)
		if (names[i].number == sig)
			return names[i].name;
	return NULL;
}

static void usage(void)
{
	fprintf(stderr, "usage: kill [-s signal | -signal] pid...\n       kill -l [exit_status]\n");
	exit(2);
}

int main(int argc, char *argv[])
{
	int sig = SIGTERM;
	int status = 0;
	int i = 1;

	if (argc < 2)
		usage();
	if (strcmp(argv[1], "-l") == 0) {
		if (argc > 2) {
			int n = atoi(argv[2]);
			const char *name = signal_name(n > 128 ? n - 128 : n);

			if (name == NULL) {
				fprintf(stderr, "kill: %s: invalid signal\n", argv[2]);
				return 1;
			}
			puts(name);
			return 0;
		}
		for (i = 0; i < NNAMES; i++)
			printf("%s%c", names[i].name, i + 1 < NNAMES ? ' ' : '\n');
		return 0;
	}
	if (strcmp(argv[1], "-s") == 0) {
		if (argc < 3)
			usage();
		sig = signal_number(argv[2]);
		if (sig < 0) {
			fprintf(stderr, "kill: %s: invalid signal\n", argv[2]);
			return 2;
		}
		i = 3;
	} else if (argv[1][0] == '-' && argv[1][1] != '\0' && strcmp(argv[1], "--") != 0) {
		sig = signal_number(argv[1] + 1);
		if (sig < 0) {
			fprintf(stderr, "kill: %s: invalid signal\n", argv[1] + 1);
			return 2;
		}
		i = 2;
	}
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc)
		usage();
	for (; i < argc; i++) {
		char *end;
		long pid = strtol(argv[i], &end, 10);

		if (end == argv[i] || *end != '\0') {
			fprintf(stderr, "kill: %s: arguments must be process ids\n", argv[i]);
			status = 1;
			continue;
		}
		if (kill((pid_t)pid, sig) != 0) {
			fprintf(stderr, "kill: %ld: %s\n", pid, strerror(errno));
			status = 1;
		}
	}
	return status;
}
