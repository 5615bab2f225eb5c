/*
 * builtins.c: the commands the shell runs itself, and the table naming them.
 * Special builtins (POSIX's list) are found before functions, and their
 * variable assignments stay; the others come after functions.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int dotnest;

static char *current_dir(void)
{
	size_t size = 256;

	for (;;) {
		char *buf = xmalloc(size);

		if (getcwd(buf, size) != NULL)
			return buf;
		free(buf);
		if (errno != ERANGE)
			return NULL;
		size *= 2;
	}
}

/* "/a/b/../c/./d" -> "/a/c/d" */
static char *normalize(const char *path)
{
	struct strbuf b;
	const char *p = path;

	sb_init(&b);
	while (*p) {
		const char *e;
		size_t n;

		while (*p == '/')
			p++;
		if (!*p)
			break;
		e = strchr(p, '/');
		n = e ? (size_t)(e - p) : strlen(p);
		if (n == 1 && p[0] == '.') {
			/* nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (b.len > 0 && b.s[b.len - 1] != '/')
				b.len--;
			if (b.len > 0)
				b.len--;
			if (b.s)
				b.s[b.len] = '\0';
		} else {
			sb_addc(&b, '/');
			sb_addn(&b, p, n);
		}
		p += n;
	}
	if (b.len == 0)
		sb_addc(&b, '/');
	return sb_take(&b);
}

static int bi_cd(int argc, char **argv)
{
	const char *dir, *pwd = var_get("PWD");
	char *logical = NULL, *newpwd;
	int print = 0, i = 1;

	while (i < argc && (strcmp(argv[i], "-L") == 0 || strcmp(argv[i], "-P") == 0))
		i++;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc) {
		dir = var_get("HOME");
		if (dir == NULL || *dir == '\0') {
			sh_warn("cd: HOME not set");
			return 1;
		}
	} else if (strcmp(argv[i], "-") == 0) {
		dir = var_get("OLDPWD");
		if (dir == NULL) {
			sh_warn("cd: OLDPWD not set");
			return 1;
		}
		print = 1;
	} else {
		dir = argv[i];
	}
	if (dir[0] == '/') {
		logical = normalize(dir);
	} else if (pwd && pwd[0] == '/') {
		struct strbuf b;

		sb_init(&b);
		sb_adds(&b, pwd);
		sb_addc(&b, '/');
		sb_adds(&b, dir);
		logical = normalize(b.s);
		sb_free(&b);
	}
	if (logical == NULL || chdir(logical) < 0) {
		free(logical);
		logical = NULL;
		if (chdir(dir) < 0) {
			sh_warn("cd: %s: %s", dir, strerror(errno));
			return 1;
		}
	}
	newpwd = logical ? logical : current_dir();
	var_set("OLDPWD", pwd ? pwd : "", 0);
	if (newpwd) {
		var_set("PWD", newpwd, 0);
		if (print)
			out_printf(1, "%s\n", newpwd);
	}
	free(newpwd);
	return 0;
}

static int bi_pwd(int argc, char **argv)
{
	const char *pwd = var_get("PWD");
	struct stat a, b;

	(void)argc;
	(void)argv;
	if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
		out_printf(1, "%s\n", pwd);
		return 0;
	} else {
		char *cwd = current_dir();

		if (cwd == NULL) {
			sh_warn("pwd: %s", strerror(errno));
			return 1;
		}
		out_printf(1, "%s\n", cwd);
		free(cwd);
	}
	return 0;
}

static int bi_exit(int argc, char **argv)
{
	long n = exitstatus;

	if (argc > 1 && !parse_int(argv[1], &n)) {
		sh_warn("exit: %s: bad number", argv[1]);
		n = 2;
	}
	exit((int)(n & 255));
}

static int declare(int argc, char **argv, int flag, const char *prefix)
{
	int i, status = 0;

	if (argc < 2 || (argc == 2 && strcmp(argv[1], "-p") == 0)) {
		var_list(1, flag, prefix);
		return 0;
	}
	for (i = 1; i < argc; i++) {
		const char *eq = strchr(argv[i], '=');
		size_t n = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);

		if (strcmp(argv[i], "-p") == 0 || strcmp(argv[i], "--") == 0)
			continue;
		if (!is_name(argv[i], n)) {
			sh_warn("%s: %s: bad variable name", prefix, argv[i]);
			status = 1;
			continue;
		}
		if (var_setn(argv[i], n, eq ? eq + 1 : NULL, flag) < 0)
			status = 1;
	}
	return status;
}

static int bi_export(int argc, char **argv)
{
	return declare(argc, argv, V_EXPORT, "export ");
}

static int bi_readonly(int argc, char **argv)
{
	return declare(argc, argv, V_READONLY, "readonly ");
}

static int bi_unset(int argc, char **argv)
{
	int i = 1, funcs = 0, status = 0;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-f") == 0)
			funcs = 1;
		else if (strcmp(argv[i], "-v") == 0)
			funcs = 0;
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
	}
	for (; i < argc; i++) {
		if (funcs)
			func_unset(argv[i]);
		else if (var_unset(argv[i]) != 0)
			status = 1;
	}
	return status;
}

static int bi_read(int argc, char **argv)
{
	struct strbuf line, quoted;
	const char *ifs = ifs_chars();
	int raw = 0, i = 1, status = 0, nvars;
	size_t pos = 0;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "-r") == 0) {
			raw = 1;
		} else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc) {
			i++;
			if (isatty(0))
				write_all(2, argv[i], strlen(argv[i]));
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			sh_warn("read: bad option %s", argv[i]);
			return 2;
		}
	}
	sb_init(&line);
	sb_init(&quoted);
	for (;;) {
		char c;
		ssize_t r = read(0, &c, 1);

		if (r < 0 && errno == EINTR) {
			if (got_sigint && interactive) {
				status = 130;
				break;
			}
			continue;
		}
		if (r <= 0) {
			status = 1;
			break;
		}
		if (c == '\n')
			break;
		if (c == '\\' && !raw) {
			r = read(0, &c, 1);
			if (r <= 0) {
				status = 1;
				break;
			}
			if (c == '\n')
				continue;
			sb_addc(&line, c);
			sb_addc(&quoted, 1);
			continue;
		}
		sb_addc(&line, c);
		sb_addc(&quoted, 0);
	}
	nvars = argc - i;
	if (nvars == 0) {
		var_set("REPLY", line.s ? line.s : "", 0);
	} else {
		const char *s = line.s ? line.s : "";
		const char *q = quoted.s;

#define IS_WS(k) (!q[k] && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') && strchr(ifs, s[k]))
#define IS_IFS(k) (!q[k] && s[k] && strchr(ifs, s[k]))
		for (; i < argc; i++, nvars--) {
			struct strbuf v;

			sb_init(&v);
			while (pos < line.len && IS_WS(pos))
				pos++;
			if (nvars == 1) {
				size_t end = line.len;

				while (end > pos && IS_WS(end - 1))
					end--;
				sb_addn(&v, s + pos, end - pos);
				pos = line.len;
			} else {
				while (pos < line.len && !IS_IFS(pos))
					sb_addc(&v, s[pos++]);
				while (pos < line.len && IS_WS(pos))
					pos++;
				if (pos < line.len && IS_IFS(pos))
					pos++;	/* one non-blank delimiter */
			}
			if (var_set(argv[i], v.s ? v.s : "", 0) < 0)
				status = 2;
			sb_free(&v);
		}
#undef IS_WS
#undef IS_IFS
	}
	sb_free(&line);
	sb_free(&quoted);
	return status;
}

int eflag, xflag, uflag, fflag, nflag, vflag;

static int *option_flag(int c)
{
	switch (c) {
	case 'e': return &eflag;
	case 'x': return &xflag;
	case 'u': return &uflag;
	case 'f': return &fflag;
	case 'n': return &nflag;
	case 'v': return &vflag;
	case 'm': return &jobctl;
	}
	return NULL;
}

static const struct {
	const char *name;
	char letter;
} long_options[] = {
	{ "errexit", 'e' }, { "xtrace", 'x' }, { "nounset", 'u' }, { "noglob", 'f' },
	{ "noexec", 'n' }, { "verbose", 'v' }, { "monitor", 'm' },
};

/* Parse -abc/+abc and -o name; *first is the index of the first operand.
 * Returns 1 if "--" (or "-") ended the options, 0 otherwise, -1 on error. */
int set_options(int argc, char **argv, int *first)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		int on = a[0] == '-';

		if ((a[0] != '-' && a[0] != '+') || a[1] == '\0') {
			if (strcmp(a, "-") == 0) {
				xflag = vflag = 0;
				*first = i + 1;
				return 1;
			}
			break;
		}
		if (strcmp(a, "--") == 0) {
			*first = i + 1;
			return 1;
		}
		for (a++; *a; a++) {
			int *f;

			if (*a == 'o') {
				size_t k;

				if (i + 1 >= argc) {
					for (k = 0; k < sizeof long_options / sizeof long_options[0]; k++)
						out_printf(1, "%-16s%s\n", long_options[k].name,
							   *option_flag(long_options[k].letter) ? "on" : "off");
					continue;
				}
				i++;
				for (k = 0; k < sizeof long_options / sizeof long_options[0]; k++)
					if (strcmp(argv[i], long_options[k].name) == 0)
						break;
				if (k == sizeof long_options / sizeof long_options[0]) {
					sh_warn("set: illegal option -o %s", argv[i]);
					return -1;
				}
				*option_flag(long_options[k].letter) = on;
				break;
			}
			f = option_flag(*a);
			if (f == NULL) {
				if (*a == 'c' || *a == 's' || *a == 'i')
					continue;	/* the shell's own options, handled by main */
				sh_warn("set: illegal option %c%c", on ? '-' : '+', *a);
				return -1;
			}
			if (f == &jobctl && on && ttyfd < 0)
				continue;
			*f = on;
		}
	}
	*first = i;
	return 0;
}

static int bi_set(int argc, char **argv)
{
	int first, r;

	if (argc == 1) {
		var_list(1, 0, "");
		return 0;
	}
	r = set_options(argc, argv, &first);
	if (r < 0)
		return 2;
	if (first < argc || r == 1)
		params_set(argc - first, argv + first);
	return 0;
}

static int bi_shift(int argc, char **argv)
{
	long n = 1;

	if (argc > 1 && !parse_int(argv[1], &n))
		sh_error("shift: %s: bad number", argv[1]);
	if (n < 0 || n > posparams.n)
		sh_error("shift: can't shift that many");
	params_set(posparams.n - (int)n, posparams.v + n);
	return 0;
}

static int bi_eval(int argc, char **argv)
{
	struct strbuf b;
	int i;

	if (argc < 2)
		return 0;
	sb_init(&b);
	for (i = 1; i < argc; i++) {
		if (i > 1)
			sb_addc(&b, ' ');
		sb_adds(&b, argv[i]);
	}
	eval_string(b.s, b.len, 0);
	sb_free(&b);
	return exitstatus;
}

static int bi_exec(int argc, char **argv)
{
	if (argc > 1)
		exec_command(argv + 1);
	return 0;
}

static int bi_true(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static int bi_false(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 1;
}

static int bi_dot(int argc, char **argv)
{
	char *path = NULL;
	int fd;

	if (argc < 2) {
		sh_warn(".: file name required");
		return 2;
	}
	if (strchr(argv[1], '/') == NULL) {
		const char *p = var_get("PATH"), *e;

		for (; p && *p; p = *e ? e + 1 : e) {
			struct strbuf b;

			e = strchr(p, ':');
			if (e == NULL)
				e = p + strlen(p);
			sb_init(&b);
			sb_addn(&b, p, (size_t)(e - p));
			sb_addc(&b, '/');
			sb_adds(&b, argv[1]);
			if (access(b.s, R_OK) == 0) {
				struct stat st;

				if (stat(b.s, &st) == 0 && S_ISREG(st.st_mode)) {
					path = sb_take(&b);
					break;
				}
			}
			sb_free(&b);
		}
	}
	fd = open(path ? path : argv[1], O_RDONLY);
	free(path);
	if (fd < 0)
		sh_error(".: %s: not found", argv[1]);
	if (fd < 10) {
		int hi = fcntl(fd, F_DUPFD, 10);

		close(fd);
		fd = hi;
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	dotnest++;
	exitstatus = 0;
	run_source(source_fd(fd, 0), 0);
	dotnest--;
	close(fd);
	if (evalskip == SKIP_FUNC)
		evalskip = 0;
	return exitstatus;
}

static int bi_umask(int argc, char **argv)
{
	mode_t m;

	if (argc < 2) {
		m = umask(0);
		umask(m);
		out_printf(1, "%04o\n", (unsigned)m);
		return 0;
	}
	{
		const char *p = argv[1];
		unsigned v = 0;

		for (; *p; p++) {
			if (*p < '0' || *p > '7') {
				sh_warn("umask: %s: bad mode", argv[1]);
				return 1;
			}
			v = v * 8 + (unsigned)(*p - '0');
		}
		umask((mode_t)(v & 0777));
	}
	return 0;
}

static int bi_return(int argc, char **argv)
{
	long n = exitstatus;

	if (argc > 1 && !parse_int(argv[1], &n)) {
		sh_warn("return: %s: bad number", argv[1]);
		n = 2;
	}
	if (funcnest == 0 && dotnest == 0) {
		sh_warn("return: not in a function");
		return 1;
	}
	exitstatus = (int)(n & 255);
	evalskip = SKIP_FUNC;
	return exitstatus;
}

static int loop_control(int argc, char **argv, int kind)
{
	long n = 1;

	if (argc > 1 && (!parse_int(argv[1], &n) || n < 1)) {
		sh_warn("%s: %s: bad number", argv[0], argv[1]);
		return 1;
	}
	if (loopnest == 0)
		return 0;
	skipcount = n > loopnest ? loopnest : (int)n;
	evalskip = kind;
	return 0;
}

static int bi_break(int argc, char **argv)
{
	return loop_control(argc, argv, SKIP_BREAK);
}

static int bi_continue(int argc, char **argv)
{
	return loop_control(argc, argv, SKIP_CONT);
}

static int bi_command(int argc, char **argv)
{
	int i, status = 0;

	if (argc < 3 || (strcmp(argv[1], "-v") != 0 && strcmp(argv[1], "-V") != 0)) {
		sh_warn("command: only -v and -V are supported");
		return 2;
	}
	for (i = 2; i < argc; i++) {
		char *p;

		if (find_builtin(argv[i])) {
			out_printf(1, argv[1][1] == 'v' ? "%s\n" : "%s is a shell builtin\n", argv[i]);
		} else if (strchr(argv[i], '/') == NULL && (p = find_in_path(argv[i])) != NULL) {
			if (argv[1][1] == 'v')
				out_printf(1, "%s\n", p);
			else
				out_printf(1, "%s is %s\n", argv[i], p);
			free(p);
		} else {
			status = 1;
		}
	}
	return status;
}

static const struct builtin builtins[] = {
	{ ".", bi_dot, 1 },
	{ ":", bi_true, 1 },
	{ "[", bi_test, 0 },
	{ "bg", bi_bg, 0 },
	{ "break", bi_break, 1 },
	{ "cd", bi_cd, 0 },
	{ "command", bi_command, 0 },
	{ "continue", bi_continue, 1 },
	{ "echo", bi_echo, 0 },
	{ "eval", bi_eval, 1 },
	{ "exec", bi_exec, 1 },
	{ "exit", bi_exit, 1 },
	{ "export", bi_export, 1 },
	{ "false", bi_false, 0 },
	{ "fg", bi_fg, 0 },
	{ "jobs", bi_jobs, 0 },
	{ "printf", bi_printf, 0 },
	{ "pwd", bi_pwd, 0 },
	{ "read", bi_read, 0 },
	{ "readonly", bi_readonly, 1 },
	{ "return", bi_return, 1 },
	{ "set", bi_set, 1 },
	{ "shift", bi_shift, 1 },
	{ "test", bi_test, 0 },
	{ "true", bi_true, 0 },
	{ "umask", bi_umask, 0 },
	{ "unset", bi_unset, 1 },
	{ "wait", bi_wait, 0 },
};

const struct builtin *find_builtin(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
		if (strcmp(builtins[i].name, name) == 0)
			return &builtins[i];
	return NULL;
}
