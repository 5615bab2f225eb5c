/*
 * init: process 1.
 *
 *   init            run /etc/rc, then a login shell on the console, respawned when it exits
 *   init -c CMDLINE run /etc/rc, then `/bin/sh -c CMDLINE`, and power the machine off with
 *                   the shell's exit status (128 + signal if it was killed)
 *
 * init reaps every orphan. SIGTERM makes it end all processes and halt. A child of init, the
 * script runner, starts RS's policy scripts: it waits in PM for the next one (PM_NEXT_SCRIPT)
 * and starts `/bin/sh PATH LABEL REASON COUNT` as a child of init (the runner's own child forks
 * it and exits at once, so init reaps it), as root, with the console as its output.
 */
#define _XOPEN_SOURCE 700 /* sync */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#ifdef __GLIBC__
/* A host build (for compiling only): there is no machine to power off. */
#define RB_HALT 0
#define RB_POWEROFF 1
static int reboot_machine(int how, int status)
{
	(void)how;
	exit(status);
}
#else
#include <minix/endpoints.h>
#include <minix/pm.h>
#include <minix/rs.h>
#include <minix/syscall.h>
#include <sys/reboot.h>
#include <termios.h>
/* PM's REBOOT: ends every process, syncs, and the host sees `status`. The console's output
 * is let out first: the machine stops at once. */
static int reboot_machine(int how, int status)
{
	tcdrain(STDOUT_FILENO);
	return reboot_status(how, status);
}
#endif

#define RB_HALT_HOW RB_HALT
#define RB_POWEROFF_HOW RB_POWEROFF

static const char console[] = "/dev/console";
static char *shell_env[] = {
	"HOME=/", "PATH=/bin:/sbin:/usr/bin", "TERM=minix3j", "SHELL=/bin/sh", "USER=root", NULL
};
static volatile sig_atomic_t terminate;

static void say(const char *a, const char *b)
{
	write(2, "init: ", 6);
	write(2, a, strlen(a));
	if (b != NULL) {
		write(2, ": ", 2);
		write(2, b, strlen(b));
	}
	write(2, "\n", 1);
}

static void on_term(int sig)
{
	(void)sig;
	terminate = 1;
}

static void open_console(void)
{
	int fd;

	close(0);
	close(1);
	close(2);
	fd = open(console, O_RDWR);
	if (fd < 0)
		return;
	if (fd != 0) {
		dup2(fd, 0);
		close(fd);
	}
	dup2(0, 1);
	dup2(0, 2);
}

/* In a child: default signal actions, its own session with the console as controlling tty. */
static void child_setup(int controlling)
{
	int fd;
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	sigaction(SIGTSTP, &sa, NULL);
	sigaction(SIGTTIN, &sa, NULL);
	sigaction(SIGTTOU, &sa, NULL);
	if (!controlling)
		return;
	setsid();
	/* The first terminal a session leader opens becomes its controlling terminal. */
	fd = open(console, O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	tcsetpgrp(0, getpgrp());
}

static pid_t spawn(const char *path, char *const argv[], int controlling)
{
	pid_t pid = fork();

	if (pid < 0) {
		say("fork", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		child_setup(controlling);
		execve(path, argv, shell_env);
		say(path, strerror(errno));
		_exit(127);
	}
	return pid;
}

/* Reap children until `pid` ends (any orphan on the way is reaped too); its status. */
static int wait_for(pid_t pid, int *status)
{
	for (;;) {
		pid_t got = wait(status);

		if (got == pid)
			return 0;
		if (got < 0) {
			if (errno == EINTR) {
				if (terminate)
					return -1;
				continue;
			}
			return -1; /* ECHILD: it is gone */
		}
	}
}

static int exit_code(int status)
{
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 1;
}

static void run_rc(void)
{
	char *argv[] = { "/bin/sh", "/etc/rc", NULL };
	int status;
	pid_t pid;

	if (access("/etc/rc", R_OK) != 0)
		return;
	pid = spawn(argv[0], argv, 0);
	if (pid > 0)
		wait_for(pid, &status);
}

static void stop_everything(int how, int status)
{
	int i;

	kill(-1, SIGTERM);
	for (i = 0; i < 2; i++) {
		sleep(1);
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
	}
	kill(-1, SIGKILL);
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	sync();
	reboot_machine(how, status);
}

#ifndef __GLIBC__
static const char *reason_word(int reason)
{
	switch (reason) {
	case RS_REASON_CRASH: return "crash";
	case RS_REASON_PANIC: return "panic";
	case RS_REASON_HEARTBEAT: return "heartbeat";
	case RS_REASON_KILLED: return "killed";
	default: return "none";
	}
}

/* The words first..first+bytes/4-1 of m as a NUL-terminated string in out (bytes + 1 long). */
static void words_text(const message *m, int first, int bytes, char *out)
{
	memcpy(out, &m->m_w[first], bytes);
	out[bytes] = '\0';
}

/* The script runner's loop (never returns): one policy script per job PM hands over. */
static void script_runner(void)
{
	for (;;) {
		message m;
		char path[PM_SCRIPT_PATH_BYTES + 1];
		char label[17];
		char count[16];
		char *argv[6];
		pid_t pid;

		memset(&m, 0, sizeof m);
		if (_syscall(PM_ENDPOINT, PM_NEXT_SCRIPT, &m) < 0) {
			if (errno == EINTR)
				continue;
			say("script runner", strerror(errno));
			_exit(1);
		}
		words_text(&m, 0, PM_SCRIPT_PATH_BYTES, path);
		words_text(&m, PM_SCRIPT_PATH_BYTES / 4, 16, label);
		snprintf(count, sizeof count, "%d", m.m_w[13]);
		argv[0] = "sh";
		argv[1] = path;
		argv[2] = label;
		argv[3] = (char *)reason_word(m.m_w[12]);
		argv[4] = count;
		argv[5] = NULL;
		pid = fork();
		if (pid < 0) {
			say("script runner: fork", strerror(errno));
			continue;
		}
		if (pid == 0) {
			/* The script's parent exits at once: the script becomes init's child. */
			if (fork() == 0) {
				execve("/bin/sh", argv, shell_env);
				say(path, strerror(errno));
				_exit(127);
			}
			_exit(0);
		}
		waitpid(pid, NULL, 0);
	}
}

/* Starts the script runner as a child of init, without a controlling terminal. */
static void start_script_runner(void)
{
	pid_t pid = fork();

	if (pid < 0) {
		say("script runner: fork", strerror(errno));
		return;
	}
	if (pid == 0) {
		child_setup(0);
		script_runner();
	}
}
#else
static void start_script_runner(void)
{
}
#endif

static int run_command(char *cmdline)
{
	char *argv[] = { "/bin/sh", "-c", cmdline, NULL };
	int status = 0;
	int code;
	pid_t pid = spawn(argv[0], argv, 1);

	start_script_runner(); /* after the shell, so that the shell's pid stays the same */
	if (pid < 0)
		code = 126;
	else if (wait_for(pid, &status) < 0)
		code = terminate ? 128 + SIGTERM : 1;
	else
		code = exit_code(status);
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	sync();
	reboot_machine(RB_POWEROFF_HOW, code);
	say("reboot", strerror(errno));
	return code;
}

static void run_shells(void)
{
	/* A login shell: argv[0] starts with a dash. */
	char *argv[] = { "-sh", NULL };
	int status;
	int quick = 0;
	int runner_started = 0;

	for (;;) {
		time_t started = time(NULL);
		pid_t pid = spawn("/bin/sh", argv, 1);

		if (!runner_started) {
			start_script_runner(); /* after the first shell, as for a command line */
			runner_started = 1;
		}
		if (pid < 0) {
			sleep(1);
			continue;
		}
		if (wait_for(pid, &status) < 0 && terminate) {
			say("terminating", NULL);
			stop_everything(RB_HALT_HOW, 0);
			return;
		}
		/* Take the console back before the next shell. */
		tcsetpgrp(0, getpgrp());
		if (time(NULL) - started < 1) {
			if (++quick >= 5) {
				say("shell exits at once; waiting before the next", NULL);
				sleep(5);
				quick = 0;
			}
		} else {
			quick = 0;
		}
	}
}

int main(int argc, char *argv[])
{
	struct sigaction sa;
	char *cmdline = NULL;
	char *joined;
	size_t len;
	int i;

	open_console();
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTSTP, &sa, NULL);
	sigaction(SIGTTIN, &sa, NULL);
	sigaction(SIGTTOU, &sa, NULL);

	if (argc >= 3 && strcmp(argv[1], "-c") == 0) {
		/* The command line may arrive as one word or as several: join them. */
		len = 0;
		for (i = 2; i < argc; i++)
			len += strlen(argv[i]) + 1;
		joined = malloc(len + 1);
		if (joined == NULL) {
			cmdline = argv[2];
		} else {
			joined[0] = '\0';
			for (i = 2; i < argc; i++) {
				if (i > 2)
					strcat(joined, " ");
				strcat(joined, argv[i]);
			}
			cmdline = joined;
		}
	} else if (argc >= 2 && strcmp(argv[1], "-c") == 0) {
		say("usage", "init [-c cmdline]");
		cmdline = "true";
	}
	run_rc();
	if (cmdline != NULL)
		return run_command(cmdline);
	run_shells();
	return 0;
}
