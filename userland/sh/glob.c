/*
 * glob.c: shell patterns (* ? [...] with ! or ^ negation, ranges and
 * [:classes:], \ to quote) and pathname expansion by opendir/readdir, one
 * path component at a time. Matches come back sorted; a name beginning with
 * '.' matches only a pattern that begins with '.'.
 */
#include "sh.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int class_match(const char *name, size_t n, int c)
{
	static const struct {
		const char *name;
		int (*fn)(int);
	} classes[] = {
		{ "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum },
		{ "upper", isupper }, { "lower", islower }, { "space", isspace },
		{ "punct", ispunct }, { "xdigit", isxdigit }, { "print", isprint },
		{ "cntrl", iscntrl }, { "graph", isgraph },
	};
	size_t i;

	for (i = 0; i < sizeof classes / sizeof classes[0]; i++)
		if (strlen(classes[i].name) == n && memcmp(classes[i].name, name, n) == 0)
			return classes[i].fn(c) != 0;
	return 0;
}

/* p at '['. Returns 1/0 for a match of c, or -1 if the bracket is not closed;
 * *end is set just past the ']'. */
static int bracket(const char *p, int c, const char **end)
{
	const char *q = p + 1;
	int neg = 0, found = 0;

	if (*q == '!' || *q == '^') {
		neg = 1;
		q++;
	}
	if (*q == ']') {
		found = c == ']';
		q++;
	}
	while (*q != ']') {
		int lo;

		if (*q == '\0')
			return -1;
		if (q[0] == '[' && q[1] == ':') {
			const char *e = strstr(q + 2, ":]");

			if (e) {
				if (class_match(q + 2, (size_t)(e - q - 2), c))
					found = 1;
				q = e + 2;
				continue;
			}
		}
		if (*q == '\\' && q[1])
			q++;
		lo = (unsigned char)*q++;
		if (q[0] == '-' && q[1] != ']' && q[1] != '\0') {
			int hi;

			q++;
			if (*q == '\\' && q[1])
				q++;
			hi = (unsigned char)*q++;
			if (c >= lo && c <= hi)
				found = 1;
		} else if (c == lo) {
			found = 1;
		}
	}
	*end = q + 1;
	return found != neg;
}

int pmatch(const char *p, const char *s)
{
	for (;;) {
		switch (*p) {
		case '\0':
			return *s == '\0';
		case '*':
			while (*p == '*')
				p++;
			if (*p == '\0')
				return 1;
			for (;; s++) {
				if (pmatch(p, s))
					return 1;
				if (*s == '\0')
					return 0;
			}
		case '?':
			if (*s == '\0')
				return 0;
			p++;
			s++;
			break;
		case '[': {
			const char *end;
			int r;

			if (*s == '\0')
				return 0;
			r = bracket(p, (unsigned char)*s, &end);
			if (r < 0) {
				if (*s != '[')
					return 0;
				p++;
				s++;
				break;
			}
			if (!r)
				return 0;
			p = end;
			s++;
			break;
		}
		case '\\':
			if (p[1])
				p++;
			/* fall through */
		default:
			if (*p != *s)
				return 0;
			p++;
			s++;
		}
	}
}

static int has_glob_n(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\')
			i++;
		else if (p[i] == '*' || p[i] == '?' || p[i] == '[')
			return 1;
	}
	return 0;
}

int has_glob(const char *p)
{
	return has_glob_n(p, strlen(p));
}

static void add_unescaped(struct strbuf *b, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n)
			i++;
		sb_addc(b, p[i]);
	}
}

char *pattern_unescape(const char *pat)
{
	struct strbuf b;

	sb_init(&b);
	add_unescaped(&b, pat, strlen(pat));
	return sb_take(&b);
}

static void glob_rec(struct strbuf *path, const char *pat, struct strlist *out)
{
	const char *e = strchr(pat, '/');
	size_t n = e ? (size_t)(e - pat) : strlen(pat);
	size_t keep = path->len;
	struct dirent *d;
	char *comp;
	DIR *dir;

	if (!has_glob_n(pat, n)) {
		struct stat st;

		add_unescaped(path, pat, n);
		if (e) {
			while (*e == '/')
				e++;
			sb_addc(path, '/');
			glob_rec(path, e, out);
		} else if (lstat(path->s, &st) == 0) {
			sl_add(out, xstrdup(path->s));
		}
		path->len = keep;
		if (path->s)
			path->s[keep] = '\0';
		return;
	}
	comp = xstrndup(pat, n);
	dir = opendir(path->len ? path->s : ".");
	if (dir == NULL) {
		free(comp);
		return;
	}
	while ((d = readdir(dir)) != NULL) {
		if (d->d_name[0] == '.' && comp[0] != '.')
			continue;
		if (!pmatch(comp, d->d_name))
			continue;
		sb_adds(path, d->d_name);
		if (e) {
			const char *rest = e;

			while (*rest == '/')
				rest++;
			sb_addc(path, '/');
			if (*rest)
				glob_rec(path, rest, out);
			else {
				struct stat st;

				if (stat(path->s, &st) == 0 && S_ISDIR(st.st_mode))
					sl_add(out, xstrdup(path->s));
			}
		} else {
			sl_add(out, xstrdup(path->s));
		}
		path->len = keep;
		path->s[keep] = '\0';
	}
	closedir(dir);
	free(comp);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void glob_expand(const char *pat, struct strlist *out)
{
	struct strbuf path;
	struct strlist found;
	int i;

	sb_init(&path);
	sl_init(&found);
	if (*pat == '/') {
		sb_addc(&path, '/');
		while (*pat == '/')
			pat++;
	}
	glob_rec(&path, pat, &found);
	sb_free(&path);
	if (found.n > 1)
		qsort(found.v, (size_t)found.n, sizeof *found.v, cmp_str);
	for (i = 0; i < found.n; i++)
		sl_add(out, found.v[i]);
	free(found.v);
}
