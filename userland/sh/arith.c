/*
 * arith.c: $((...)) on longs. The C operators a shell has: , is not one;
 * ?: || && | ^ & == != < <= > >= << >> + - * / % unary + - ! ~, parentheses,
 * decimal, octal (0..) and hex (0x..) constants, variables by name (unset or
 * empty is 0), and the assignments = += -= *= /= %= <<= >>= &= ^= |=.
 * Skipped branches of && || ?: are parsed without side effects.
 */
#include "sh.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct arith {
	const char *p;
	int noeval;
};

static long assign_expr(struct arith *a);

static void skip_space(struct arith *a)
{
	while (*a->p == ' ' || *a->p == '\t' || *a->p == '\n')
		a->p++;
}

static void arith_fail(const char *what)
{
	sh_error("arithmetic: %s", what);
}

static long var_value(const char *name, size_t n)
{
	char *tmp = xstrndup(name, n);
	const char *v = var_get(tmp);
	char *end;
	long r;

	free(tmp);
	if (v == NULL || *v == '\0')
		return 0;
	r = strtol(v, &end, 0);
	while (*end == ' ' || *end == '\t' || *end == '\n')
		end++;
	if (*end != '\0')
		arith_fail("bad number in variable");
	return r;
}

static long primary(struct arith *a)
{
	long v;

	skip_space(a);
	if (*a->p == '(') {
		a->p++;
		v = assign_expr(a);
		skip_space(a);
		if (*a->p != ')')
			arith_fail("missing )");
		a->p++;
		return v;
	}
	if (isdigit((unsigned char)*a->p)) {
		char *end;

		v = strtol(a->p, &end, 0);
		if (isalnum((unsigned char)*end) || *end == '_')
			arith_fail("bad number");
		a->p = end;
		return v;
	}
	if (isalpha((unsigned char)*a->p) || *a->p == '_') {
		const char *s = a->p;

		while (isalnum((unsigned char)*a->p) || *a->p == '_')
			a->p++;
		return var_value(s, (size_t)(a->p - s));
	}
	arith_fail(*a->p ? "syntax error" : "missing operand");
	return 0;
}

static long unary(struct arith *a)
{
	skip_space(a);
	switch (*a->p) {
	case '-':
		a->p++;
		return -unary(a);
	case '+':
		a->p++;
		return unary(a);
	case '!':
		a->p++;
		return !unary(a);
	case '~':
		a->p++;
		return ~unary(a);
	}
	return primary(a);
}

/* Binary operators by precedence level, highest first. */
static const char *const levels[][4] = {
	{ "*", "/", "%", NULL },
	{ "+", "-", NULL },
	{ "<<", ">>", NULL },
	{ "<=", ">=", "<", ">" },
	{ "==", "!=", NULL },
	{ "&", NULL },
	{ "^", NULL },
	{ "|", NULL },
};

static int match_op(struct arith *a, int level)
{
	int i;

	skip_space(a);
	for (i = 0; i < 4 && levels[level][i]; i++) {
		const char *op = levels[level][i];
		size_t n = strlen(op);

		if (strncmp(a->p, op, n) != 0)
			continue;
		/* not a part of && || == or of an assignment operator */
		if (n == 1 && (a->p[1] == '=' || ((op[0] == '&' || op[0] == '|') && a->p[1] == op[0])))
			continue;
		if (n == 2 && op[0] == op[1] && a->p[2] == '=')
			continue;
		a->p += n;
		return i;
	}
	return -1;
}

static long binary(struct arith *a, int level)
{
	long v, r;
	int op;

	if (level < 0)
		return unary(a);
	v = binary(a, level - 1);
	while ((op = match_op(a, level)) >= 0) {
		const char *name = levels[level][op];

		r = binary(a, level - 1);
		switch (name[0]) {
		case '*': v *= r; break;
		case '/':
		case '%':
			if (r == 0) {
				if (a->noeval) {
					v = 0;
					break;
				}
				arith_fail("division by zero");
			}
			v = name[0] == '/' ? v / r : v % r;
			break;
		case '+': v += r; break;
		case '-': v -= r; break;
		case '<':
			v = name[1] == '<' ? v << r : name[1] == '=' ? v <= r : v < r;
			break;
		case '>':
			v = name[1] == '>' ? v >> r : name[1] == '=' ? v >= r : v > r;
			break;
		case '=': v = v == r; break;
		case '!': v = v != r; break;
		case '&': v &= r; break;
		case '^': v ^= r; break;
		case '|': v |= r; break;
		}
	}
	return v;
}

static long logical_and(struct arith *a)
{
	long v = binary(a, 7);

	for (;;) {
		skip_space(a);
		if (strncmp(a->p, "&&", 2) != 0)
			return v;
		a->p += 2;
		{
			int save = a->noeval;
			long r;

			if (!v)
				a->noeval = 1;
			r = binary(a, 7);
			a->noeval = save;
			v = v && r;
		}
	}
}

static long logical_or(struct arith *a)
{
	long v = logical_and(a);

	for (;;) {
		skip_space(a);
		if (strncmp(a->p, "||", 2) != 0)
			return v;
		a->p += 2;
		{
			int save = a->noeval;
			long r;

			if (v)
				a->noeval = 1;
			r = logical_and(a);
			a->noeval = save;
			v = v || r;
		}
	}
}

static long conditional(struct arith *a)
{
	long c = logical_or(a), t, f;
	int save = a->noeval;

	skip_space(a);
	if (*a->p != '?')
		return c;
	a->p++;
	if (!c)
		a->noeval = 1;
	t = assign_expr(a);
	a->noeval = save;
	skip_space(a);
	if (*a->p != ':')
		arith_fail("missing :");
	a->p++;
	if (c)
		a->noeval = 1;
	f = conditional(a);
	a->noeval = save;
	return c ? t : f;
}

static long assign_expr(struct arith *a)
{
	static const char *const ops[] = {
		"<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "=", NULL
	};
	const char *save = a->p, *name;
	size_t n;
	int i;

	skip_space(a);
	name = a->p;
	while (isalnum((unsigned char)*a->p) || *a->p == '_')
		a->p++;
	n = (size_t)(a->p - name);
	if (n > 0 && is_name(name, n)) {
		skip_space(a);
		for (i = 0; ops[i]; i++) {
			size_t k = strlen(ops[i]);

			if (strncmp(a->p, ops[i], k) == 0 && !(k == 1 && a->p[1] == '=')) {
				long v, old = var_value(name, n);
				struct strbuf b;

				a->p += k;
				v = assign_expr(a);
				switch (ops[i][0]) {
				case '+': v = old + v; break;
				case '-': v = old - v; break;
				case '*': v = old * v; break;
				case '/':
				case '%':
					if (v == 0 && !a->noeval)
						arith_fail("division by zero");
					if (v != 0)
						v = ops[i][0] == '/' ? old / v : old % v;
					break;
				case '<': v = old << v; break;
				case '>': v = old >> v; break;
				case '&': v = old & v; break;
				case '^': v = old ^ v; break;
				case '|': v = old | v; break;
				}
				if (!a->noeval) {
					sb_init(&b);
					sb_printf(&b, "%ld", v);
					var_setn(name, n, b.s, 0);
					sb_free(&b);
				}
				return v;
			}
		}
	}
	a->p = save;
	return conditional(a);
}

long arith_eval(const char *expr)
{
	struct arith a;
	long v;

	a.p = expr;
	a.noeval = 0;
	skip_space(&a);
	if (*a.p == '\0')
		return 0;
	v = assign_expr(&a);
	skip_space(&a);
	if (*a.p != '\0')
		arith_fail("syntax error");
	return v;
}
