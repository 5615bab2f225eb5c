/*
 * test.c: the test and [ builtins. Grammar: or := and (-o and)*,
 * and := term (-a term)*, term := ! term | ( or ) | unary-op arg |
 * arg binary-op arg | arg. A binary operator in second place wins, so that
 * [ "$x" = -n ] compares strings. Status 0 true, 1 false, 2 error.
 */
#include "sh.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **targv;
static int tpos, tend, terror;

static const char *const binops[] = {
	"=", "!=", "==", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot",
	"-ef", NULL
};

static int is_binop(const char *s)
{
	int i;

	for (i = 0; binops[i]; i++)
		if (strcmp(s, binops[i]) == 0)
			return 1;
	return 0;
}

static int is_unop(const char *s)
{
	return s[0] == '-' && s[1] && !s[2] && strchr("bcdefghLknprsStuwxz", s[1]);
}

static long integer(const char *s)
{
	char *end;
	long v;

	while (*s == ' ' || *s == '\t')
		s++;
	v = strtol(s, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (end == s || *end) {
		sh_warn("test: %s: integer expression expected", s);
		terror = 1;
	}
	return v;
}

static int unary(char op, const char *a)
{
	struct stat st;

	switch (op) {
	case 'n': return *a != '\0';
	case 'z': return *a == '\0';
	case 't': return isatty((int)integer(a));
	case 'r': return access(a, R_OK) == 0;
	case 'w': return access(a, W_OK) == 0;
	case 'x': return access(a, X_OK) == 0;
	case 'h':
	case 'L':
		return lstat(a, &st) == 0 && S_ISLNK(st.st_mode);
	}
	if (stat(a, &st) < 0)
		return 0;
	switch (op) {
	case 'e': return 1;
	case 'f': return S_ISREG(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'p': return S_ISFIFO(st.st_mode);
	case 'S': return 0;
	case 's': return st.st_size > 0;
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'k': return (st.st_mode & 01000) != 0;
	}
	return 0;
}

static int binary(const char *a, const char *op, const char *b)
{
	struct stat sa, sb;

	if (strcmp(op, "=") == 0 || strcmp(op, "==") == 0)
		return strcmp(a, b) == 0;
	if (strcmp(op, "!=") == 0)
		return strcmp(a, b) != 0;
	if (strcmp(op, "<") == 0)
		return strcmp(a, b) < 0;
	if (strcmp(op, ">") == 0)
		return strcmp(a, b) > 0;
	if (op[1] == 'n' && op[2] == 't')
		return stat(a, &sa) == 0 && (stat(b, &sb) < 0 || sa.st_mtime > sb.st_mtime);
	if (op[1] == 'o' && op[2] == 't')
		return stat(b, &sb) == 0 && (stat(a, &sa) < 0 || sa.st_mtime < sb.st_mtime);
	if (op[1] == 'e' && op[2] == 'f')
		return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
		       sa.st_ino == sb.st_ino;
	{
		long x = integer(a), y = integer(b);

		switch (op[1] * 256 + op[2]) {
		case 'e' * 256 + 'q': return x == y;
		case 'n' * 256 + 'e': return x != y;
		case 'l' * 256 + 't': return x < y;
		case 'l' * 256 + 'e': return x <= y;
		case 'g' * 256 + 't': return x > y;
		case 'g' * 256 + 'e': return x >= y;
		}
	}
	return 0;
}

static int or_expr(void);

static int term(void)
{
	int rem = tend - tpos;

	if (rem <= 0) {
		sh_warn("test: argument expected");
		terror = 1;
		return 0;
	}
	if (rem >= 3 && is_binop(targv[tpos + 1])) {
		int r = binary(targv[tpos], targv[tpos + 1], targv[tpos + 2]);

		tpos += 3;
		return r;
	}
	if (rem >= 2 && strcmp(targv[tpos], "!") == 0) {
		tpos++;
		return !term();
	}
	if (rem >= 2 && is_unop(targv[tpos])) {
		int r = unary(targv[tpos][1], targv[tpos + 1]);

		tpos += 2;
		return r;
	}
	if (rem >= 3 && strcmp(targv[tpos], "(") == 0) {
		int r;

		tpos++;
		r = or_expr();
		if (tpos >= tend || strcmp(targv[tpos], ")") != 0) {
			sh_warn("test: ) expected");
			terror = 1;
			return 0;
		}
		tpos++;
		return r;
	}
	return targv[tpos++][0] != '\0';
}

static int and_expr(void)
{
	int r = term();

	while (tpos < tend && strcmp(targv[tpos], "-a") == 0) {
		tpos++;
		r = term() && r;
	}
	return r;
}

static int or_expr(void)
{
	int r = and_expr();

	while (tpos < tend && strcmp(targv[tpos], "-o") == 0) {
		tpos++;
		r = and_expr() || r;
	}
	return r;
}

int bi_test(int argc, char **argv)
{
	int r;

	if (strcmp(argv[0], "[") == 0) {
		if (strcmp(argv[argc - 1], "]") != 0) {
			sh_warn("[: missing ]");
			return 2;
		}
		argc--;
	}
	if (argc <= 1)
		return 1;
	targv = argv;
	tpos = 1;
	tend = argc;
	terror = 0;
	r = or_expr();
	if (!terror && tpos < tend) {
		sh_warn("test: %s: unexpected operator", targv[tpos]);
		terror = 1;
	}
	return terror ? 2 : !r;
}
