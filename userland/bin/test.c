/*
 * test EXPRESSION, [ EXPRESSION ]: evaluate a POSIX test expression. Exit 0 if true, 1 if
 * false, 2 on a syntax error. Primaries: -e -f -d -r -w -x -s -L -h -b -c -p -z -n, string
 * = != and integer -eq -ne -lt -le -gt -ge; ! -a -o and parentheses.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static char **args;
static int nargs, pos;
static const char *prog = "test";

static void syntax(const char *what, const char *arg)
{
	if (arg != NULL)
		fprintf(stderr, "%s: %s: %s\n", prog, arg, what);
	else
		fprintf(stderr, "%s: %s\n", prog, what);
	exit(2);
}

static const char *peek(int k)
{
	return pos + k < nargs ? args[pos + k] : NULL;
}

static long integer(const char *s)
{
	char *end;
	long v;

	while (*s == ' ' || *s == '\t')
		s++;
	errno = 0;
	v = strtol(s, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (end == s || *end != '\0' || errno != 0)
		syntax("integer expression expected", s);
	return v;
}

static int is_unary(const char *s)
{
	return s != NULL && s[0] == '-' && s[1] != '\0' && s[2] == '\0' &&
	       strchr("efdrwxsLhbcpznSgukt", s[1]) != NULL;
}

static int is_binary(const char *s)
{
	static const char *ops[] = { "=", "!=", "==", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", NULL };
	int i;

	if (s == NULL)
		return 0;
	for (i = 0; ops[i] != NULL; i++)
		if (strcmp(s, ops[i]) == 0)
			return 1;
	return 0;
}

static int unary(char op, const char *arg)
{
	struct stat st;

	switch (op) {
	case 'z': return arg[0] == '\0';
	case 'n': return arg[0] != '\0';
	case 't': return isatty((int)integer(arg));
	case 'r': return access(arg, R_OK) == 0;
	case 'w': return access(arg, W_OK) == 0;
	case 'x': return access(arg, X_OK) == 0;
	case 'L':
	case 'h': return lstat(arg, &st) == 0 && S_ISLNK(st.st_mode);
	default: break;
	}
	if (stat(arg, &st) != 0)
		return 0;
	switch (op) {
	case 'e': return 1;
	case 'f': return S_ISREG(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 's': return st.st_size > 0;
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'p': return S_ISFIFO(st.st_mode);
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'k': return (st.st_mode & 01000) != 0;
	case 'S': return (st.st_mode & 0170000) == 0140000;
	default: return 0;
	}
}

static int binary(const char *a, const char *op, const char *b)
{
	long x, y;

	if (strcmp(op, "=") == 0 || strcmp(op, "==") == 0)
		return strcmp(a, b) == 0;
	if (strcmp(op, "!=") == 0)
		return strcmp(a, b) != 0;
	x = integer(a);
	y = integer(b);
	if (strcmp(op, "-eq") == 0) return x == y;
	if (strcmp(op, "-ne") == 0) return x != y;
	if (strcmp(op, "-lt") == 0) return x < y;
	if (strcmp(op, "-le") == 0) return x <= y;
	if (strcmp(op, "-gt") == 0) return x > y;
	return x >= y;
}

static int expr_or(void);

static int primary(void)
{
	const char *a = peek(0);
	int r;

	if (a == NULL)
		syntax("argument expected", NULL);
	if (strcmp(a, "!") == 0) {
		pos++;
		return !primary();
	}
	if (strcmp(a, "(") == 0 && !is_binary(peek(1))) {
		pos++;
		r = expr_or();
		if (peek(0) == NULL || strcmp(peek(0), ")") != 0)
			syntax("')' expected", NULL);
		pos++;
		return r;
	}
	if (is_binary(peek(1)) && peek(2) != NULL) {
		pos += 3;
		return binary(a, args[pos - 2], args[pos - 1]);
	}
	if (is_unary(a) && peek(1) != NULL) {
		pos += 2;
		return unary(a[1], args[pos - 1]);
	}
	pos++;
	return a[0] != '\0';
}

static int expr_and(void)
{
	int r = primary();

	while (peek(0) != NULL && strcmp(peek(0), "-a") == 0) {
		int s;

		pos++;
		s = primary();
		r = r && s;
	}
	return r;
}

static int expr_or(void)
{
	int r = expr_and();

	while (peek(0) != NULL && strcmp(peek(0), "-o") == 0) {
		int s;

		pos++;
		s = expr_and();
		r = r || s;
	}
	return r;
}

/* POSIX's rules by argument count, then the general grammar. */
static int evaluate(void)
{
	if (nargs == 0)
		return 0;
	if (nargs == 1)
		return args[0][0] != '\0';
	if (nargs == 2) {
		if (strcmp(args[0], "!") == 0)
			return args[1][0] == '\0';
		if (is_unary(args[0]))
			return unary(args[0][1], args[1]);
		syntax("unary operator expected", args[0]);
	}
	if (nargs == 3) {
		if (is_binary(args[1]))
			return binary(args[0], args[1], args[2]);
		if (strcmp(args[0], "!") == 0) {
			pos = 1;
			return !primary();
		}
		if (strcmp(args[0], "(") == 0 && strcmp(args[2], ")") == 0)
			return args[1][0] != '\0';
	}
	if (nargs == 4 && strcmp(args[0], "!") == 0 && is_binary(args[2]))
		return !binary(args[1], args[2], args[3]);
	pos = 0;
	{
		int r = expr_or();

		if (pos != nargs)
			syntax("unexpected argument", args[pos]);
		return r;
	}
}

int main(int argc, char *argv[])
{
	const char *base = strrchr(argv[0], '/');

	base = base != NULL ? base + 1 : argv[0];
	args = argv + 1;
	nargs = argc - 1;
	if (strcmp(base, "[") == 0) {
		prog = "[";
		if (nargs == 0 || strcmp(args[nargs - 1], "]") != 0)
			syntax("missing ']'", NULL);
		nargs--;
	}
	return evaluate() ? 0 : 1;
}
