/*
 * expand.c: word expansion. A word as written is turned into characters, each
 * with flags (quoted; produced by an unquoted expansion, hence subject to field
 * splitting) plus markers (a field break from "$@"; "this field exists even if
 * empty" from a quote). Then the fields are split on IFS and globbed.
 *
 * Order, as POSIX: tilde, parameters, command substitution and arithmetic
 * (left to right), field splitting, pathname expansion, quote removal.
 */
#include "sh.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define F_QUOTED 1
#define F_SPLIT 2
#define F_BREAK 4
#define F_QMARK 8

struct xbuf {
	char *c;
	unsigned char *f;
	size_t len, cap;
};

int cmdsub_status;

static void xadd(struct xbuf *x, int c, int flags)
{
	if (x->len == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->c = xrealloc(x->c, x->cap);
		x->f = xrealloc(x->f, x->cap);
	}
	x->c[x->len] = (char)c;
	x->f[x->len++] = (unsigned char)flags;
}

static void xadds(struct xbuf *x, const char *s, int flags)
{
	for (; *s; s++)
		xadd(x, *s, flags);
}

static void xfree(struct xbuf *x)
{
	free(x->c);
	free(x->f);
	x->c = NULL;
	x->f = NULL;
	x->len = x->cap = 0;
}

static char *xstring(struct xbuf *x, int pattern)
{
	struct strbuf b;
	size_t i;

	sb_init(&b);
	for (i = 0; i < x->len; i++) {
		if (x->f[i] & (F_BREAK | F_QMARK))
			continue;
		if (pattern && (x->f[i] & F_QUOTED) && strchr("*?[]\\", x->c[i]))
			sb_addc(&b, '\\');
		sb_addc(&b, x->c[i]);
	}
	return sb_take(&b);
}

void sl_init(struct strlist *l)
{
	l->v = NULL;
	l->n = l->cap = 0;
}

void sl_add(struct strlist *l, char *s)
{
	if (l->n + 1 >= l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xrealloc(l->v, sizeof *l->v * (size_t)l->cap);
	}
	l->v[l->n++] = s;
	l->v[l->n] = NULL;
}

void sl_free(struct strlist *l)
{
	int i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	sl_init(l);
}

/* ---- finding the end of a construct in a raw word ---- */
static size_t skip_dollar(const char *s, size_t i, size_t n);

static size_t skip_squote(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != '\'')
		i++;
	return i;
}

static size_t skip_bquote(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != '`')
		i += (s[i] == '\\' && i + 1 < n) ? 2 : 1;
	return i;
}

static size_t skip_other(const char *s, size_t i, size_t n, int dq)
{
	switch (s[i]) {
	case '\\':
		return i + 2 < n ? i + 2 : n;
	case '\'':
		if (dq)
			return i + 1;
		i = skip_squote(s, i + 1, n);
		return i < n ? i + 1 : n;
	case '`':
		i = skip_bquote(s, i + 1, n);
		return i < n ? i + 1 : n;
	case '$':
		return skip_dollar(s, i + 1, n);
	}
	return i + 1;
}

static size_t skip_dquote(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != '"')
		i = skip_other(s, i, n, 1);
	return i < n ? i : n;
}

/* Returns the index just after the closing parenthesis. As in the lexer, a
 * ')' ending a case pattern (between "case" and "esac") does not count. */
static size_t skip_parens(const char *s, size_t i, size_t n, int depth)
{
	int cases = 0;

	while (i < n && depth > 0) {
		if (s[i] >= 'a' && s[i] <= 'z' && (i == 0 || !(s[i - 1] >= 'a' && s[i - 1] <= 'z'))) {
			size_t j = i;

			while (j < n && s[j] >= 'a' && s[j] <= 'z')
				j++;
			if (j - i == 4 && memcmp(s + i, "case", 4) == 0)
				cases++;
			else if (j - i == 4 && memcmp(s + i, "esac", 4) == 0 && cases > 0)
				cases--;
			i = j;
		} else if (s[i] == '"') {
			i = skip_dquote(s, i + 1, n);
			i = i < n ? i + 1 : n;
		} else if (s[i] == '(') {
			depth++;
			i++;
		} else if (s[i] == ')') {
			if (depth > 1 || cases == 0)
				depth--;
			i++;
		} else {
			i = skip_other(s, i, n, 0);
		}
	}
	return i;
}

/* Returns the index of the closing brace. */
static size_t skip_brace(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != '}') {
		if (s[i] == '"') {
			i = skip_dquote(s, i + 1, n);
			i = i < n ? i + 1 : n;
		} else {
			i = skip_other(s, i, n, 0);
		}
	}
	return i;
}

static size_t skip_dollar(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '(') {
		if (i + 1 < n && s[i + 1] == '(')
			return skip_parens(s, i + 2, n, 2);
		return skip_parens(s, i + 1, n, 1);
	}
	if (i < n && s[i] == '{') {
		i = skip_brace(s, i + 1, n);
		return i < n ? i + 1 : n;
	}
	return i;
}

/* ---- parameters ---- */
static char numbuf[32];

static const char *num(long v)
{
	struct strbuf b;

	sb_init(&b);
	sb_printf(&b, "%ld", v);
	memcpy(numbuf, b.s, b.len + 1);
	sb_free(&b);
	return numbuf;
}

static const char *special_flags(void)
{
	static char f[16];
	int n = 0;

	if (eflag)
		f[n++] = 'e';
	if (fflag)
		f[n++] = 'f';
	if (interactive)
		f[n++] = 'i';
	if (jobctl)
		f[n++] = 'm';
	if (uflag)
		f[n++] = 'u';
	if (vflag)
		f[n++] = 'v';
	if (xflag)
		f[n++] = 'x';
	f[n] = '\0';
	return f;
}

/* The value of a named, numbered or special parameter; NULL if unset. */
static const char *param_value(const char *name, size_t n)
{
	char c = name[0];

	if (n == 1) {
		switch (c) {
		case '?': return num(exitstatus);
		case '$': return num(shell_pid);
		case '!': return last_bg_pid ? num(last_bg_pid) : NULL;
		case '#': return num(posparams.n);
		case '-': return special_flags();
		case '0': return arg0;
		}
	}
	if (c >= '0' && c <= '9') {
		long k = 0;
		size_t i;

		for (i = 0; i < n; i++)
			k = k * 10 + (name[i] - '0');
		return k >= 1 && k <= posparams.n ? posparams.v[k - 1] : NULL;
	}
	{
		char *tmp = xstrndup(name, n);
		const char *v = var_get(tmp);

		free(tmp);
		return v;
	}
}

static int is_all_params(const char *name, size_t n)
{
	return n == 1 && (name[0] == '@' || name[0] == '*');
}

static void add_params(struct xbuf *x, int star, int dq)
{
	const char *ifs = ifs_chars();
	int i;

	for (i = 0; i < posparams.n; i++) {
		if (i > 0) {
			if (dq && star) {
				if (ifs[0])
					xadd(x, ifs[0], F_QUOTED);
			} else {
				xadd(x, 0, dq ? F_BREAK : F_BREAK | F_SPLIT);
			}
		}
		xadds(x, posparams.v[i], dq ? F_QUOTED : F_SPLIT);
	}
}

static void add_param(struct xbuf *x, const char *name, size_t n, int dq)
{
	const char *v;

	if (is_all_params(name, n)) {
		add_params(x, name[0] == '*', dq);
		return;
	}
	v = param_value(name, n);
	if (v == NULL) {
		if (uflag) {
			char *t = xstrndup(name, n);

			sh_error("%s: parameter not set", t);
		}
		return;
	}
	xadds(x, v, dq ? F_QUOTED : F_SPLIT);
}

static void expand_raw(struct xbuf *x, const char *s, size_t n, int dq, int top);

static char *expand_sub(const char *s, size_t n, int pattern)
{
	struct xbuf x = { NULL, NULL, 0, 0 };
	char *r;

	expand_raw(&x, s, n, pattern ? 0 : 2, 0);
	r = xstring(&x, pattern);
	xfree(&x);
	return r;
}

static int prefix_match(const char *pat, const char *value, size_t i)
{
	char *tmp = xstrndup(value, i);
	int m = pmatch(pat, tmp);

	free(tmp);
	return m;
}

static char *trim(const char *value, const char *pat, char op, int longest)
{
	size_t len = strlen(value), i;

	if (op == '#' && !longest) {
		for (i = 0; i <= len; i++)
			if (prefix_match(pat, value, i))
				return xstrdup(value + i);
	} else if (op == '#') {
		for (i = len + 1; i-- > 0;)
			if (prefix_match(pat, value, i))
				return xstrdup(value + i);
	} else if (!longest) {
		for (i = len + 1; i-- > 0;)
			if (pmatch(pat, value + i))
				return xstrndup(value, i);
	} else {
		for (i = 0; i <= len; i++)
			if (pmatch(pat, value + i))
				return xstrndup(value, i);
	}
	return xstrdup(value);
}

/* The inside of ${...}. */
static void expand_brace(struct xbuf *x, const char *s, size_t n, int dq)
{
	size_t nl = 0;
	const char *word, *v;
	size_t wn;
	int colon = 0, null;
	char op;

	if (n > 1 && s[0] == '#') {
		v = is_all_params(s + 1, n - 1) ? num(posparams.n) : param_value(s + 1, n - 1);
		xadds(x, num(v ? (long)strlen(v) : 0), dq ? F_QUOTED : F_SPLIT);
		return;
	}
	if (n > 0 && strchr("@*#?-$!", s[0]))
		nl = 1;
	else if (n > 0 && s[0] >= '0' && s[0] <= '9')
		while (nl < n && s[nl] >= '0' && s[nl] <= '9')
			nl++;
	else
		while (nl < n && is_name(s, nl + 1))
			nl++;
	if (nl == 0)
		sh_error("bad substitution");
	if (nl == n) {
		add_param(x, s, n, dq);
		return;
	}
	op = s[nl];
	word = s + nl + 1;
	if (op == ':') {
		colon = 1;
		op = nl + 1 < n ? s[nl + 1] : '\0';
		word++;
	}
	wn = (size_t)(s + n - word);
	if (!strchr(colon ? "-=?+" : "-=?+#%", op) || op == '\0')
		sh_error("bad substitution");
	if (is_all_params(s, nl)) {
		v = posparams.n ? "x" : NULL;
		null = posparams.n == 0;
	} else {
		v = param_value(s, nl);
		null = v == NULL || (colon && *v == '\0');
	}
	switch (op) {
	case '-':
		if (null)
			expand_raw(x, word, wn, dq, 0);
		else
			add_param(x, s, nl, dq);
		break;
	case '+':
		if (!null)
			expand_raw(x, word, wn, dq, 0);
		break;
	case '=':
		if (null) {
			char *w = expand_sub(word, wn, 0);

			if (!is_name(s, nl))
				sh_error("%s: cannot assign", w);
			if (var_setn(s, nl, w, 0) < 0)
				sh_raise(2);
			xadds(x, w, dq ? F_QUOTED : F_SPLIT);
			free(w);
		} else {
			add_param(x, s, nl, dq);
		}
		break;
	case '?':
		if (null) {
			char *w = expand_sub(word, wn, 0);
			char *name = xstrndup(s, nl);

			sh_error("%s: %s", name, *w ? w : "parameter not set");
		}
		add_param(x, s, nl, dq);
		break;
	default: {
		int longest = wn > 0 && word[0] == op;
		char *pat, *r;

		if (longest) {
			word++;
			wn--;
		}
		pat = expand_sub(word, wn, 1);
		r = trim(v ? v : "", pat, op, longest);
		xadds(x, r, dq ? F_QUOTED : F_SPLIT);
		free(r);
		free(pat);
	}
	}
}

/* s[i] is just after '$'; returns the index after the expansion. */
static size_t expand_dollar(struct xbuf *x, const char *s, size_t i, size_t n, int dq)
{
	int fl = dq ? F_QUOTED : F_SPLIT;
	size_t j;

	if (i >= n) {
		xadd(x, '$', dq ? F_QUOTED : 0);
		return i;
	}
	if (s[i] == '(') {
		char *out;

		j = skip_dollar(s, i, n);
		if (i + 1 < n && s[i + 1] == '(' && j >= 2 && s[j - 2] == ')') {
			char *expr = expand_sub(s + i + 2, j - i - 4, 0);

			xadds(x, num(arith_eval(expr)), fl);
			free(expr);
			return j;
		}
		out = cmdsub_run(s + i + 1, j - i - 2);
		xadds(x, out, fl);
		free(out);
		return j;
	}
	if (s[i] == '{') {
		j = skip_brace(s, i + 1, n);
		expand_brace(x, s + i + 1, j - i - 1, dq);
		return j < n ? j + 1 : n;
	}
	if (strchr("@*#?-$!", s[i]) || (s[i] >= '0' && s[i] <= '9')) {
		add_param(x, s + i, 1, dq);
		return i + 1;
	}
	for (j = i; j < n && is_name(s + i, j - i + 1); j++)
		;
	if (j == i) {
		xadd(x, '$', dq ? F_QUOTED : 0);
		return i;
	}
	add_param(x, s + i, j - i, dq);
	return j;
}

static void expand_backquote(struct xbuf *x, const char *s, size_t n, int dq)
{
	struct strbuf b;
	char *out;
	size_t i;

	sb_init(&b);
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n &&
		    (s[i + 1] == '$' || s[i + 1] == '`' || s[i + 1] == '\\' ||
		     (dq == 1 && s[i + 1] == '"')))
			i++;
		sb_addc(&b, s[i]);
	}
	out = cmdsub_run(b.s ? b.s : "", b.len);
	xadds(x, out, dq ? F_QUOTED : F_SPLIT);
	free(out);
	sb_free(&b);
}

static int is_bare_at(const char *s, size_t n)
{
	return (n == 2 && memcmp(s, "$@", 2) == 0) || (n == 4 && memcmp(s, "${@}", 4) == 0);
}

/* dq: 0 unquoted, 1 inside "...", 2 here-document or ${..word} text. */
static void expand_raw(struct xbuf *x, const char *s, size_t n, int dq, int top)
{
	size_t i = 0, j;

	if (top && n > 0 && s[0] == '~') {
		for (j = 1; j < n && s[j] != '/'; j++)
			;
		if (j == 1 && var_get("HOME")) {
			xadds(x, var_get("HOME"), F_QUOTED);
			i = 1;
		}
	}
	while (i < n) {
		char c = s[i];

		switch (c) {
		case '\'':
			if (dq) {
				xadd(x, c, F_QUOTED);
				i++;
				break;
			}
			j = skip_squote(s, i + 1, n);
			for (i++; i < j; i++)
				xadd(x, s[i], F_QUOTED);
			xadd(x, 0, F_QMARK);
			i = j + 1;
			break;
		case '"':
			if (dq) {
				xadd(x, c, F_QUOTED);
				i++;
				break;
			}
			j = skip_dquote(s, i + 1, n);
			if (!(is_bare_at(s + i + 1, j - i - 1) && posparams.n == 0))
				xadd(x, 0, F_QMARK);
			expand_raw(x, s + i + 1, j - i - 1, 1, 0);
			i = j + 1;
			break;
		case '\\':
			if (i + 1 >= n) {
				xadd(x, c, F_QUOTED);
				i++;
			} else if (!dq || strchr(dq == 1 ? "$`\"\\\n" : "$`\\\n", s[i + 1])) {
				if (s[i + 1] != '\n')
					xadd(x, s[i + 1], F_QUOTED);
				i += 2;
			} else {
				xadd(x, c, F_QUOTED);
				i++;
			}
			break;
		case '$':
			i = expand_dollar(x, s, i + 1, n, dq);
			break;
		case '`':
			j = skip_bquote(s, i + 1, n);
			expand_backquote(x, s + i + 1, j - i - 1, dq);
			i = j < n ? j + 1 : n;
			break;
		default:
			xadd(x, c, dq ? F_QUOTED : 0);
			i++;
		}
	}
}

/* ---- field splitting and pathname expansion ---- */
struct field {
	struct strbuf str, pat;
	int content, globby;
};

static void emit(struct field *f, struct strlist *out)
{
	if (f->globby && !fflag) {
		struct strlist m;
		int i;

		sl_init(&m);
		glob_expand(f->pat.s ? f->pat.s : "", &m);
		if (m.n > 0) {
			for (i = 0; i < m.n; i++)
				sl_add(out, m.v[i]);
			free(m.v);
			sb_free(&f->str);
			goto done;
		}
		sl_free(&m);
	}
	sl_add(out, sb_take(&f->str));
done:
	sb_free(&f->pat);
	f->content = f->globby = 0;
}

static void split(struct xbuf *x, struct strlist *out)
{
	const char *ifs = ifs_chars();
	struct field f;
	int pending_ws = 0;
	size_t i;

	sb_init(&f.str);
	sb_init(&f.pat);
	f.content = f.globby = 0;
	for (i = 0; i < x->len; i++) {
		int fl = x->f[i];
		char c = x->c[i];

		if (fl & F_QMARK) {
			f.content = 1;
			continue;
		}
		if (fl & F_BREAK) {
			if (!(fl & F_SPLIT)) {
				emit(&f, out);
				f.content = 1;
			} else if (f.content) {
				emit(&f, out);
			}
			continue;
		}
		if ((fl & F_SPLIT) && c && strchr(ifs, c)) {
			if (c == ' ' || c == '\t' || c == '\n') {
				if (f.content) {
					emit(&f, out);
					pending_ws = 1;
				}
			} else {
				if (f.content || !pending_ws)
					emit(&f, out);
				pending_ws = 0;
			}
			continue;
		}
		sb_addc(&f.str, c);
		if ((fl & F_QUOTED) && strchr("*?[]\\", c))
			sb_addc(&f.pat, '\\');
		sb_addc(&f.pat, c);
		if (!(fl & F_QUOTED) && (c == '*' || c == '?' || c == '['))
			f.globby = 1;
		f.content = 1;
		pending_ws = 0;
	}
	if (f.content)
		emit(&f, out);
	sb_free(&f.str);
	sb_free(&f.pat);
}

void expand_words(struct word *w, struct strlist *out)
{
	for (; w; w = w->next) {
		struct xbuf x = { NULL, NULL, 0, 0 };

		expand_raw(&x, w->text, strlen(w->text), 0, 1);
		split(&x, out);
		xfree(&x);
	}
}

char *expand_string(const char *raw)
{
	struct xbuf x = { NULL, NULL, 0, 0 };
	char *r;

	expand_raw(&x, raw, strlen(raw), 0, 1);
	r = xstring(&x, 0);
	xfree(&x);
	return r;
}

char *expand_pattern(const char *raw)
{
	struct xbuf x = { NULL, NULL, 0, 0 };
	char *r;

	expand_raw(&x, raw, strlen(raw), 0, 1);
	r = xstring(&x, 1);
	xfree(&x);
	return r;
}

char *expand_heredoc(const char *body)
{
	return expand_sub(body, strlen(body), 0);
}
