/*
 * exec.c: the evaluator. eval() walks a tree and returns (and records in
 * exitstatus) the status of what ran. A simple command is, in this order of
 * lookup, a special builtin, a function, a builtin or a program found on
 * PATH. EV_EXIT says the node is the last thing the process does, so a
 * program may replace it without a fork; EV_TESTED says the status is
 * looked at (an if or while condition, left of && or ||, after !), which
 * exempts it from set -e. break, continue and return unwind by evalskip.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int exitstatus;
int evalskip, skipcount, loopnest, funcnest;
static struct arena *cur_arena;

struct func {
	struct func *next;
	char *name;
	struct node *body;
	struct arena *arena;
};
static struct func *funcs;

static struct func *find_func(const char *name)
{
	struct func *f;

	for (f = funcs; f; f = f->next)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

int func_unset(const char *name)
{
	struct func **pp;

	for (pp = &funcs; *pp; pp = &(*pp)->next)
		if (strcmp((*pp)->name, name) == 0) {
			struct func *f = *pp;

			*pp = f->next;
			arena_unref(f->arena);
			free(f->name);
			free(f);
			return 0;
		}
	return 0;
}

void func_define(const char *name, struct node *body, struct arena *a)
{
	struct func *f = xmalloc(sizeof *f);

	if (a)
		arena_ref(a);
	func_unset(name);
	f->name = xstrdup(name);
	f->body = body;
	f->arena = a;
	f->next = funcs;
	funcs = f;
}

/* ---- running programs ---- */
static void try_exec(const char *path, char **argv, char **env)
{
	execve(path, argv, env);
	if (errno == ENOEXEC) {
		/* a script without #!: this shell runs it */
		int fd = open(path, O_RDONLY), argc;

		if (fd < 0)
			return;
		if (fd < 10) {
			int hi = fcntl(fd, F_DUPFD, 10);

			close(fd);
			fd = hi;
		}
		fcntl(fd, F_SETFD, FD_CLOEXEC);
		for (argc = 0; argv[argc]; argc++)
			;
		arg0 = xstrdup(path);
		params_set(argc - 1, argv + 1);
		evalskip = loopnest = funcnest = 0;
		run_source(source_fd(fd, 0), 0);
		exit(exitstatus);
	}
}

char *find_in_path(const char *name)
{
	const char *path = var_get("PATH"), *p, *e;

	if (path == NULL)
		path = "/bin:/sbin:/usr/bin";
	for (p = path;; p = e + 1) {
		struct strbuf b;

		e = strchr(p, ':');
		if (e == NULL)
			e = p + strlen(p);
		sb_init(&b);
		if (e > p) {
			sb_addn(&b, p, (size_t)(e - p));
			sb_addc(&b, '/');
		}
		sb_adds(&b, name);
		if (access(b.s, X_OK) == 0)
			return sb_take(&b);
		sb_free(&b);
		if (*e == '\0')
			return NULL;
	}
}

void exec_command(char **argv)
{
	char **env = var_environ();
	const char *name = argv[0];
	int eacces = 0;

	if (strchr(name, '/')) {
		try_exec(name, argv, env);
		if (errno == ENOENT || errno == ENOTDIR) {
			sh_warn("%s: not found", name);
			_exit(127);
		}
		sh_warn("%s: %s", name, strerror(errno));
		_exit(126);
	} else {
		const char *path = var_get("PATH"), *p, *e;

		if (path == NULL)
			path = "/bin:/sbin:/usr/bin";
		for (p = path;; p = e + 1) {
			struct strbuf b;

			e = strchr(p, ':');
			if (e == NULL)
				e = p + strlen(p);
			sb_init(&b);
			if (e > p) {
				sb_addn(&b, p, (size_t)(e - p));
				sb_addc(&b, '/');
			}
			sb_adds(&b, name);
			try_exec(b.s, argv, env);
			if (errno == EACCES)
				eacces = 1;
			sb_free(&b);
			if (*e == '\0')
				break;
		}
	}
	if (eacces) {
		sh_warn("%s: Permission denied", name);
		_exit(126);
	}
	sh_warn("%s: not found", name);
	_exit(127);
}

/* ---- simple commands ---- */
struct tempvar {
	char *name;
	char *old;
	int existed;
};

static void trace(struct strlist *assigns, struct strlist *args)
{
	struct strbuf b;
	int i;

	sb_init(&b);
	sb_adds(&b, "+");
	for (i = 0; i < assigns->n; i++) {
		sb_addc(&b, ' ');
		sb_adds(&b, assigns->v[i]);
	}
	for (i = 0; i < args->n; i++) {
		sb_addc(&b, ' ');
		sb_adds(&b, args->v[i]);
	}
	sb_addc(&b, '\n');
	write_all(2, b.s, b.len);
	sb_free(&b);
}

static void assign_all(struct strlist *assigns, int flags)
{
	int i;

	for (i = 0; i < assigns->n; i++) {
		char *eq = strchr(assigns->v[i], '=');

		if (var_setn(assigns->v[i], (size_t)(eq - assigns->v[i]), eq + 1, flags) < 0 &&
		    !interactive)
			exit(2);
	}
}

static struct tempvar *assign_temp(struct strlist *assigns)
{
	struct tempvar *t = xmalloc(sizeof *t * (size_t)(assigns->n + 1));
	int i;

	for (i = 0; i < assigns->n; i++) {
		char *eq = strchr(assigns->v[i], '=');
		const char *old;

		t[i].name = xstrndup(assigns->v[i], (size_t)(eq - assigns->v[i]));
		old = var_get(t[i].name);
		t[i].existed = old != NULL;
		t[i].old = old ? xstrdup(old) : NULL;
		var_set(t[i].name, eq + 1, 0);
	}
	return t;
}

static void restore_temp(struct tempvar *t, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--) {
		if (t[i].existed)
			var_set(t[i].name, t[i].old, 0);
		else
			var_unset(t[i].name);
		free(t[i].name);
		free(t[i].old);
	}
	free(t);
}

static int call_function(struct func *f, struct strlist *args, int flags)
{
	struct params saved = posparams;
	struct arena *a = f->arena, *save_arena = cur_arena;
	struct node *body = f->body;
	int status;

	posparams.n = 0;
	posparams.v = NULL;
	params_set(args->n - 1, args->v + 1);
	if (a)
		arena_ref(a);
	cur_arena = a;
	funcnest++;
	status = eval(body, flags & EV_TESTED);
	funcnest--;
	if (evalskip == SKIP_FUNC) {
		evalskip = 0;
		status = exitstatus;
	}
	params_free(&posparams);
	posparams = saved;
	cur_arena = save_arena;
	arena_unref(a);
	return exitstatus = status;
}

static int run_builtin(const struct builtin *bi, struct node *n, struct strlist *args)
{
	int status;

	if (strcmp(bi->name, "exec") == 0 && args->n == 1) {
		/* exec with only redirections: they stay */
		return redirect(n->redirs, 0) < 0 ? 1 : 0;
	}
	if (redirect(n->redirs, REDIR_SAVE) < 0) {
		redir_restore();
		if (bi->special && !interactive)
			exit(1);
		return 1;
	}
	status = bi->fn(args->n, args->v);
	redir_restore();
	return status;
}

static int eval_simple(struct node *n, int flags)
{
	struct strlist args, assigns;
	const struct builtin *bi = NULL;
	struct func *f = NULL;
	struct word *w;
	int status;

	sl_init(&args);
	sl_init(&assigns);
	cmdsub_status = 0;
	expand_words(n->words, &args);
	if (args.n == 0) {
		/* assignments alone: each one sees the ones before it */
		for (w = n->assigns; w; w = w->next) {
			char *eq = strchr(w->text, '=');
			char *value = expand_string(eq + 1);

			if (xflag) {
				char *name = xstrndup(w->text, (size_t)(eq - w->text) + 1);

				out_printf(2, "+ %s%s\n", name, value);
				free(name);
			}
			if (var_setn(w->text, (size_t)(eq - w->text), value, 0) < 0 && !interactive)
				exit(2);
			free(value);
		}
		status = cmdsub_status;
		if (n->redirs) {
			if (redirect(n->redirs, REDIR_SAVE) < 0)
				status = 1;
			redir_restore();
		}
		goto done;
	}
	for (w = n->assigns; w; w = w->next) {
		char *eq = strchr(w->text, '=');
		char *value = expand_string(eq + 1);
		struct strbuf b;

		sb_init(&b);
		sb_addn(&b, w->text, (size_t)(eq - w->text) + 1);
		sb_adds(&b, value);
		free(value);
		sl_add(&assigns, sb_take(&b));
	}
	if (xflag && (args.n || assigns.n))
		trace(&assigns, &args);
	if (!strchr(args.v[0], '/')) {
		bi = find_builtin(args.v[0]);
		if (bi == NULL || !bi->special)
			f = find_func(args.v[0]);
	}
	if (bi && bi->special) {
		assign_all(&assigns, 0);
		status = run_builtin(bi, n, &args);
	} else if (f || bi) {
		struct tempvar *t = assign_temp(&assigns);

		if (f) {
			if (redirect(n->redirs, REDIR_SAVE) < 0)
				status = 1;
			else
				status = call_function(f, &args, flags);
			redir_restore();
		} else {
			status = run_builtin(bi, n, &args);
		}
		restore_temp(t, assigns.n);
	} else {
		struct job *j = NULL;

		if (!(flags & EV_EXIT)) {
			j = job_new();
			if (job_fork(j, n, 0) != 0) {
				status = job_wait(j);
				goto done;
			}
		}
		if (redirect(n->redirs, 0) < 0)
			_exit(1);
		assign_all(&assigns, V_EXPORT);
		exec_command(args.v);
	}
done:
	sl_free(&args);
	sl_free(&assigns);
	return exitstatus = status;
}

/* ---- compound commands ---- */
static int loop_skip(int *stop)
{
	if (evalskip == SKIP_BREAK || evalskip == SKIP_CONT) {
		int kind = evalskip;

		if (--skipcount > 0) {
			*stop = 1;
			return 1;
		}
		evalskip = 0;
		*stop = kind == SKIP_BREAK;
		return 1;
	}
	if (evalskip) {
		*stop = 1;
		return 1;
	}
	return 0;
}

static int eval_loop(struct node *n, int flags)
{
	int status = 0, stop;

	loopnest++;
	for (;;) {
		int c = eval(n->left, EV_TESTED);

		if (loop_skip(&stop)) {
			if (stop)
				break;
			continue;
		}
		if ((c == 0) != (n->type == N_WHILE))
			break;
		status = eval(n->right, flags & ~EV_EXIT);
		if (loop_skip(&stop) && stop)
			break;
	}
	loopnest--;
	return exitstatus = status;
}

static int eval_for(struct node *n, int flags)
{
	struct strlist items;
	int i, status = 0, stop;

	sl_init(&items);
	if (n->has_in) {
		expand_words(n->words, &items);
	} else {
		for (i = 0; i < posparams.n; i++)
			sl_add(&items, xstrdup(posparams.v[i]));
	}
	loopnest++;
	for (i = 0; i < items.n; i++) {
		if (var_set(n->name, items.v[i], 0) < 0) {
			status = 1;
			break;
		}
		status = eval(n->left, flags & ~EV_EXIT);
		if (loop_skip(&stop) && stop)
			break;
	}
	loopnest--;
	sl_free(&items);
	return exitstatus = status;
}

static int eval_case(struct node *n, int flags)
{
	char *subject = expand_string(n->words->text);
	struct caseitem *c;
	int status = 0;

	for (c = n->cases; c; c = c->next) {
		struct word *p;

		for (p = c->patterns; p; p = p->next) {
			char *pat = expand_pattern(p->text);
			int m = pmatch(pat, subject);

			free(pat);
			if (m) {
				free(subject);
				return exitstatus = c->body ? eval(c->body, flags) : 0;
			}
		}
	}
	free(subject);
	return exitstatus = status;
}

static int eval_pipe(struct node *n, int flags)
{
	struct node **cmds = NULL, *p;
	int count = 0, i, prev = -1, status;
	struct job *j;

	(void)flags;
	for (p = n; p->type == N_PIPE; p = p->left)
		count++;
	count++;
	cmds = xmalloc(sizeof *cmds * (size_t)count);
	i = count - 1;
	for (p = n; p->type == N_PIPE; p = p->left)
		cmds[i--] = p->right;
	cmds[0] = p;
	j = job_new();
	for (i = 0; i < count; i++) {
		int fds[2] = { -1, -1 };

		if (i < count - 1 && pipe(fds) < 0) {
			sh_warn("pipe: %s", strerror(errno));
			break;
		}
		if (job_fork(j, n, 0) == 0) {
			if (prev >= 0) {
				dup2(prev, 0);
				close(prev);
			}
			if (fds[1] >= 0) {
				close(fds[0]);
				dup2(fds[1], 1);
				close(fds[1]);
			}
			exit(eval(cmds[i], EV_EXIT));
		}
		if (prev >= 0)
			close(prev);
		if (fds[1] >= 0)
			close(fds[1]);
		prev = fds[0];
	}
	if (prev >= 0)
		close(prev);
	free(cmds);
	status = job_wait(j);
	return exitstatus = status;
}

static int eval_inner(struct node *n, int flags)
{
	int status, stop = flags & ~EV_EXIT;

	switch (n->type) {
	case N_CMD:
		return eval_simple(n, flags);
	case N_SEQ:
		eval(n->left, stop);
		if (evalskip)
			return exitstatus;
		return eval(n->right, flags);
	case N_AND:
	case N_OR:
		status = eval(n->left, stop | EV_TESTED);
		if (evalskip || (status == 0) != (n->type == N_AND))
			return exitstatus = status;
		return eval(n->right, flags);
	case N_NOT:
		status = eval(n->left, stop | EV_TESTED);
		return exitstatus = !status;
	case N_PIPE:
		return eval_pipe(n, flags);
	case N_BG: {
		struct job *j = job_new();
		int jc = jobctl;

		if (job_fork(j, n->left, 1) == 0) {
			if (!jc) {
				int fd = open("/dev/null", O_RDONLY);

				if (fd > 0) {
					dup2(fd, 0);
					close(fd);
				}
			}
			exit(eval(n->left, EV_EXIT));
		}
		job_background(j);
		return exitstatus = 0;
	}
	case N_SUBSHELL:
		if (!(flags & EV_EXIT)) {
			struct job *j = job_new();

			if (job_fork(j, n, 0) != 0)
				return exitstatus = job_wait(j);
		}
		if (redirect(n->redirs, 0) < 0)
			exit(1);
		exit(eval(n->left, EV_EXIT));
	case N_FUNC:
		func_define(n->name, n->left, cur_arena);
		return exitstatus = 0;
	default:
		break;
	}
	/* compound commands with their own redirections */
	if (n->redirs && redirect(n->redirs, REDIR_SAVE) < 0) {
		redir_restore();
		return exitstatus = 1;
	}
	switch (n->type) {
	case N_GROUP:
		status = eval(n->left, n->redirs ? stop : flags);
		break;
	case N_IF:
		status = eval(n->left, EV_TESTED);
		if (evalskip)
			break;
		if (status == 0)
			status = eval(n->right, n->redirs ? stop : flags);
		else if (n->third)
			status = eval(n->third, n->redirs ? stop : flags);
		else
			status = 0;
		break;
	case N_WHILE:
	case N_UNTIL:
		status = eval_loop(n, flags);
		break;
	case N_FOR:
		status = eval_for(n, flags);
		break;
	case N_CASE:
		status = eval_case(n, n->redirs ? stop : flags);
		break;
	default:
		status = 0;
	}
	if (n->redirs)
		redir_restore();
	return exitstatus = status;
}

int eval(struct node *n, int flags)
{
	int status;

	if (n == NULL)
		return exitstatus = 0;
	if (evalskip)
		return exitstatus;
	status = eval_inner(n, flags);
	if (eflag && status != 0 && !(flags & EV_TESTED) && !evalskip &&
	    (n->type == N_CMD || n->type == N_PIPE || n->type == N_SUBSHELL))
		exit(status);
	return status;
}

/* ---- sources ---- */
static int source_at_end(void)
{
	struct source *s = cur_source;

	return s->fd < 0 && s->nunget == 0 && s->pos >= s->strlen;
}

static int source_loop(int exit_at_end)
{
	for (;;) {
		struct node *n;
		struct arena *a;
		int r;

		r = parse_line(&n, &a);
		if (r == 0)
			break;
		if (r == 2) {
			exitstatus = 2;
			if (!interactive)
				exit(2);
			source_discard_line();
			sh_raise(2);
		}
		if (n && !(nflag && !interactive)) {
			struct arena *save = cur_arena;

			cur_arena = a;
			eval(n, exit_at_end && source_at_end() ? EV_EXIT : 0);
			cur_arena = save;
		}
		arena_unref(a);
		if (evalskip)
			break;
		if (!interactive)
			jobs_reap(0);
		if (cur_source->interactive)
			prompt_level = 1;
	}
	return exitstatus;
}

int run_source(struct source *s, int exit_at_end)
{
	source_push(s);
	source_loop(exit_at_end);
	source_pop();
	return exitstatus;
}

/* The main loop: an interactive shell returns here after an error. */
int run_main(struct source *s, int exit_at_end)
{
	jmp_buf jb;
	struct source *main_source = s;
	int depth;

	source_push(s);
	depth = redir_depth();
	if (setjmp(jb)) {
		redir_restore_all(depth);
		evalskip = loopnest = funcnest = 0;
		while (cur_source != main_source)
			source_pop();
		cur_arena = NULL;
		if (s->interactive)
			prompt_level = 1;
	}
	toplevel = &jb;
	source_loop(exit_at_end);
	toplevel = NULL;
	return exitstatus;
}

int eval_string(const char *str, size_t n, int exit_at_end)
{
	char *copy = xstrndup(str, n);
	int status = run_source(source_string(copy, n), exit_at_end);

	free(copy);
	return status;
}

char *cmdsub_run(const char *text, size_t n)
{
	struct strbuf b;
	int p[2], st;
	pid_t pid;
	char buf[512];

	if (pipe(p) < 0)
		sh_error("pipe: %s", strerror(errno));
	pid = fork();
	if (pid < 0)
		sh_error("fork: %s", strerror(errno));
	if (pid == 0) {
		forked_child();
		reset_child_signals();
		close(p[0]);
		if (p[1] != 1) {
			dup2(p[1], 1);
			close(p[1]);
		}
		eval_string(text, n, 1);
		exit(exitstatus);
	}
	close(p[1]);
	sb_init(&b);
	for (;;) {
		ssize_t r = read(p[0], buf, sizeof buf);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		sb_addn(&b, buf, (size_t)r);
	}
	close(p[0]);
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR) {
			st = 0;
			break;
		}
	}
	cmdsub_status = wait_status_code(st);
	while (b.len > 0 && b.s[b.len - 1] == '\n')
		b.s[--b.len] = '\0';
	return sb_take(&b);
}
