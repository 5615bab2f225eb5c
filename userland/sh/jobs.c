/*
 * jobs.c: the children of the shell, grouped in jobs (one job per pipeline,
 * subshell, external command or background list). With job control (an
 * interactive shell on a terminal) each job is a process group, the
 * foreground one owns the terminal, ^Z stops it and fg/bg continue it.
 * Without it, a job is only a set of pids to wait for.
 * Every waitpid goes through wait_one(), which files the status in its job.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

enum pstate { P_RUNNING, P_STOPPED, P_DONE };

struct proc {
	pid_t pid;
	int status;
	enum pstate state;
};

struct job {
	struct job *next;
	int id;
	pid_t pgid;
	struct proc *procs;
	int nprocs, cap;
	int bg;
	char *cmd;
};

static struct job *jobs;
static pid_t shell_pgid;
int ttyfd = -1;
int sigs_changed;

struct job *job_new(void)
{
	struct job *j = xmalloc(sizeof *j), **pp;
	int id = 1;

	memset(j, 0, sizeof *j);
	for (;;) {
		struct job *k;

		for (k = jobs; k && k->id != id; k = k->next)
			;
		if (k == NULL)
			break;
		id++;
	}
	j->id = id;
	for (pp = &jobs; *pp; pp = &(*pp)->next)
		;
	*pp = j;
	return j;
}

static void job_free(struct job *j)
{
	struct job **pp;

	for (pp = &jobs; *pp; pp = &(*pp)->next)
		if (*pp == j) {
			*pp = j->next;
			break;
		}
	free(j->procs);
	free(j->cmd);
	free(j);
}

void jobs_clear(void)
{
	while (jobs)
		job_free(jobs);
}

void reset_child_signals(void)
{
	if (!sigs_changed)
		return;
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGTSTP, SIG_DFL);
	signal(SIGTTIN, SIG_DFL);
	signal(SIGTTOU, SIG_DFL);
}

/* In a child just forked: it is a subshell now, owning none of the jobs. */
void forked_child(void)
{
	jobs_clear();
	in_subshell = 1;
	interactive = 0;
	jobctl = 0;
	if (ttyfd >= 0) {
		close(ttyfd);
		ttyfd = -1;
	}
}

static void node_text(struct strbuf *b, struct node *n);

static void words_text(struct strbuf *b, struct word *w)
{
	for (; w; w = w->next) {
		sb_adds(b, w->text);
		if (w->next)
			sb_addc(b, ' ');
	}
}

static void node_text(struct strbuf *b, struct node *n)
{
	static const char *const names[] = {
		"", " | ", " && ", " || ", "; ", "", "", "", "", "if", "while", "until",
		"for", "case", ""
	};

	if (n == NULL)
		return;
	switch (n->type) {
	case N_CMD:
		words_text(b, n->assigns);
		if (n->assigns && n->words)
			sb_addc(b, ' ');
		words_text(b, n->words);
		break;
	case N_PIPE:
	case N_AND:
	case N_OR:
	case N_SEQ:
		node_text(b, n->left);
		sb_adds(b, names[n->type]);
		node_text(b, n->right);
		break;
	case N_BG:
		node_text(b, n->left);
		sb_adds(b, " &");
		break;
	case N_NOT:
		sb_adds(b, "! ");
		node_text(b, n->left);
		break;
	case N_SUBSHELL:
		sb_addc(b, '(');
		node_text(b, n->left);
		sb_addc(b, ')');
		break;
	case N_GROUP:
		sb_adds(b, "{ ");
		node_text(b, n->left);
		sb_adds(b, "; }");
		break;
	case N_FUNC:
		sb_adds(b, n->name);
		sb_adds(b, "() ...");
		break;
	default:
		sb_adds(b, names[n->type]);
		sb_adds(b, " ...");
	}
}

pid_t job_fork(struct job *j, struct node *n, int bg)
{
	int jc = jobctl;
	pid_t pid;

	if (j->cmd == NULL && n != NULL) {
		struct strbuf b;

		sb_init(&b);
		node_text(&b, n);
		j->cmd = sb_take(&b);
	}
	j->bg = bg;
	pid = fork();
	if (pid < 0)
		sh_error("fork: %s", strerror(errno));
	if (pid == 0) {
		if (jc) {
			pid_t pg = j->pgid ? j->pgid : getpid();

			setpgid(0, pg);
			if (!bg)
				tcsetpgrp(ttyfd, pg);
		}
		forked_child();
		reset_child_signals();
		if (!jc && bg) {
			signal(SIGINT, SIG_IGN);
			signal(SIGQUIT, SIG_IGN);
		}
		return 0;
	}
	if (j->pgid == 0)
		j->pgid = pid;
	if (jc)
		setpgid(pid, j->pgid);
	if (j->nprocs == j->cap) {
		j->cap = j->cap ? j->cap * 2 : 4;
		j->procs = xrealloc(j->procs, sizeof *j->procs * (size_t)j->cap);
	}
	j->procs[j->nprocs].pid = pid;
	j->procs[j->nprocs].status = 0;
	j->procs[j->nprocs].state = P_RUNNING;
	j->nprocs++;
	return pid;
}

int wait_status_code(int st)
{
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	if (WIFSTOPPED(st))
		return 128 + WSTOPSIG(st);
	return 1;
}

/* Reap one child (blocking or not); -1 when there is none, 0 if none ready. */
static pid_t wait_one(int block)
{
	struct job *j;
	int st, i;
	pid_t pid;

	for (;;) {
		pid = waitpid(-1, &st, (block ? 0 : WNOHANG) | (jobctl ? WUNTRACED : 0));
		if (pid >= 0 || errno != EINTR)
			break;
		if (got_sigint && interactive)
			return -2;
	}
	if (pid <= 0)
		return pid;
	for (j = jobs; j; j = j->next)
		for (i = 0; i < j->nprocs; i++)
			if (j->procs[i].pid == pid) {
				j->procs[i].status = st;
				j->procs[i].state = WIFSTOPPED(st) ? P_STOPPED : P_DONE;
			}
	return pid;
}

static int job_done(struct job *j)
{
	int i;

	for (i = 0; i < j->nprocs; i++)
		if (j->procs[i].state != P_DONE)
			return 0;
	return 1;
}

static int job_stopped(struct job *j)
{
	int i, stopped = 0;

	for (i = 0; i < j->nprocs; i++) {
		if (j->procs[i].state == P_RUNNING)
			return 0;
		if (j->procs[i].state == P_STOPPED)
			stopped = 1;
	}
	return stopped;
}

static const char *signame(int sig)
{
	switch (sig) {
	case SIGHUP: return "Hangup";
	case SIGQUIT: return "Quit";
	case SIGILL: return "Illegal instruction";
	case SIGTRAP: return "Trace/breakpoint trap";
	case SIGABRT: return "Aborted";
	case SIGFPE: return "Floating point exception";
	case SIGKILL: return "Killed";
	case SIGSEGV: return "Segmentation fault";
	case SIGALRM: return "Alarm clock";
	case SIGTERM: return "Terminated";
	case SIGBUS: return "Bus error";
	case SIGUSR1: return "User defined signal 1";
	case SIGUSR2: return "User defined signal 2";
	}
	return NULL;
}

/* Wait for a foreground job to finish or stop; its status. */
int job_wait(struct job *j)
{
	int st, code;

	while (!job_done(j) && !job_stopped(j))
		if (wait_one(1) < 0)
			break;
	st = j->procs[j->nprocs - 1].status;
	code = wait_status_code(st);
	if (jobctl && ttyfd >= 0)
		tcsetpgrp(ttyfd, shell_pgid);
	if (job_stopped(j)) {
		int i;

		for (i = 0; i < j->nprocs; i++)
			if (j->procs[i].state == P_STOPPED)
				code = wait_status_code(j->procs[i].status);
		j->bg = 1;
		out_printf(2, "\n[%d]+  Stopped                 %s\n", j->id, j->cmd ? j->cmd : "");
		return code;
	}
	if (WIFSIGNALED(st)) {
		const char *name = signame(WTERMSIG(st));

		if (WTERMSIG(st) == SIGINT) {
			if (interactive)
				write_all(2, "\n", 1);
		} else if (name) {
			out_printf(2, "%s%s\n", name, (st & 0x80) ? " (core dumped)" : "");
		}
	}
	job_free(j);
	if (interactive && WIFSIGNALED(st) && WTERMSIG(st) == SIGINT)
		sh_raise(code);
	return code;
}

void job_background(struct job *j)
{
	last_bg_pid = j->procs[j->nprocs - 1].pid;
	if (interactive)
		out_printf(2, "[%d] %d\n", j->id, (int)last_bg_pid);
}

void jobs_reap(int block)
{
	while (wait_one(block) > 0)
		;
}

void jobs_notify(void)
{
	struct job *j, *next;

	jobs_reap(0);
	if (!interactive)
		return;
	for (j = jobs; j; j = next) {
		next = j->next;
		if (j->bg && job_done(j)) {
			out_printf(2, "[%d]+  Done                    %s\n", j->id, j->cmd ? j->cmd : "");
			job_free(j);
		}
	}
}

static struct job *find_job(const char *spec)
{
	struct job *j, *last = NULL;
	long n;

	for (j = jobs; j; j = j->next)
		last = j;
	if (spec == NULL || strcmp(spec, "%%") == 0 || strcmp(spec, "%+") == 0 ||
	    strcmp(spec, "%") == 0)
		return last;
	if (spec[0] == '%' && parse_int(spec + 1, &n)) {
		for (j = jobs; j; j = j->next)
			if (j->id == n)
				return j;
		return NULL;
	}
	if (parse_int(spec, &n)) {
		int i;

		for (j = jobs; j; j = j->next)
			for (i = 0; i < j->nprocs; i++)
				if (j->procs[i].pid == n)
					return j;
	}
	return NULL;
}

int bi_jobs(int argc, char **argv)
{
	struct job *j, *next;

	(void)argc;
	(void)argv;
	jobs_reap(0);
	for (j = jobs; j; j = next) {
		const char *state = job_done(j) ? "Done" : job_stopped(j) ? "Stopped" : "Running";

		next = j->next;
		out_printf(1, "[%d]  %-22s%s\n", j->id, state, j->cmd ? j->cmd : "");
		if (job_done(j))
			job_free(j);
	}
	return 0;
}

static void job_continue(struct job *j)
{
	int i;

	for (i = 0; i < j->nprocs; i++)
		if (j->procs[i].state == P_STOPPED)
			j->procs[i].state = P_RUNNING;
	if (jobctl)
		kill(-j->pgid, SIGCONT);
	else
		for (i = 0; i < j->nprocs; i++)
			kill(j->procs[i].pid, SIGCONT);
}

int bi_fg(int argc, char **argv)
{
	struct job *j = find_job(argc > 1 ? argv[1] : NULL);

	if (!jobctl) {
		sh_warn("fg: no job control");
		return 1;
	}
	if (j == NULL) {
		sh_warn("fg: %s: no such job", argc > 1 ? argv[1] : "current");
		return 1;
	}
	out_printf(1, "%s\n", j->cmd ? j->cmd : "");
	j->bg = 0;
	tcsetpgrp(ttyfd, j->pgid);
	job_continue(j);
	return job_wait(j);
}

int bi_bg(int argc, char **argv)
{
	struct job *j = find_job(argc > 1 ? argv[1] : NULL);

	if (j == NULL) {
		sh_warn("bg: %s: no such job", argc > 1 ? argv[1] : "current");
		return 1;
	}
	j->bg = 1;
	job_continue(j);
	out_printf(1, "[%d] %s &\n", j->id, j->cmd ? j->cmd : "");
	return 0;
}

int bi_wait(int argc, char **argv)
{
	int i, code = 0;

	if (argc < 2) {
		while (jobs) {
			struct job *j = jobs;

			while (!job_done(j)) {
				pid_t r = wait_one(1);

				if (r == -2)
					return 130;
				if (r < 0)
					break;
			}
			job_free(j);
		}
		return 0;
	}
	for (i = 1; i < argc; i++) {
		struct job *j = find_job(argv[i]);
		long pid;
		int k;

		if (j == NULL) {
			code = 127;
			continue;
		}
		while (!job_done(j)) {
			pid_t r = wait_one(1);

			if (r == -2)
				return 130;
			if (r < 0)
				break;
		}
		code = wait_status_code(j->procs[j->nprocs - 1].status);
		if (parse_int(argv[i], &pid))
			for (k = 0; k < j->nprocs; k++)
				if (j->procs[k].pid == pid)
					code = wait_status_code(j->procs[k].status);
		job_free(j);
	}
	return code;
}

static void on_sigint(int sig)
{
	(void)sig;
	got_sigint = 1;
}

void jobctl_init(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(SIGINT, &sa, NULL);
	signal(SIGQUIT, SIG_IGN);
	sigs_changed = 1;
	ttyfd = fcntl(0, F_DUPFD, 10);
	if (ttyfd < 0)
		return;
	fcntl(ttyfd, F_SETFD, FD_CLOEXEC);
	for (;;) {
		pid_t pg = tcgetpgrp(ttyfd);

		if (pg < 0) {
			close(ttyfd);
			ttyfd = -1;
			return;
		}
		if (pg == getpgrp())
			break;
		kill(0, SIGTTIN);
	}
	signal(SIGTSTP, SIG_IGN);
	signal(SIGTTIN, SIG_IGN);
	signal(SIGTTOU, SIG_IGN);
	shell_pgid = getpid();
	if (getpgrp() != shell_pgid && setpgid(0, shell_pgid) < 0) {
		shell_pgid = getpgrp();
	}
	tcsetpgrp(ttyfd, shell_pgid);
	jobctl = 1;
}
