/*
 * util.c: allocation that never returns NULL, growing strings, a small
 * formatter writing straight to descriptors (the shell uses no stdio, so
 * nothing is left in a buffer across fork or a redirection), error reporting
 * and the arena holding one command line's tree.
 */
#include "sh.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL) {
		write_all(2, "sh: out of memory\n", 18);
		_exit(2);
	}
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL) {
		write_all(2, "sh: out of memory\n", 18);
		_exit(2);
	}
	return q;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void sb_init(struct strbuf *b)
{
	b->s = NULL;
	b->len = 0;
	b->cap = 0;
}

static void sb_grow(struct strbuf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 32;

		while (cap < b->len + extra + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
}

void sb_addc(struct strbuf *b, int c)
{
	sb_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}

void sb_addn(struct strbuf *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_adds(struct strbuf *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

char *sb_take(struct strbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	sb_init(b);
	return s;
}

void sb_free(struct strbuf *b)
{
	free(b->s);
	sb_init(b);
}

static void sb_number(struct strbuf *b, unsigned long v, int neg, unsigned base,
		      int width, int zero, int left)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (neg)
		width--;
	if (neg && zero)
		sb_addc(b, '-');
	if (!left)
		for (; width > n; width--)
			sb_addc(b, zero ? '0' : ' ');
	if (neg && !zero)
		sb_addc(b, '-');
	while (n > 0) {
		sb_addc(b, tmp[--n]);
		width--;
	}
	for (; left && width > 0; width--)
		sb_addc(b, ' ');
}

/* %s %c %d %ld %u %lu %o %x %%, with a width, the 0 and - flags. */
void sb_vprintf(struct strbuf *b, const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		int width = 0, zero = 0, left = 0, lng = 0;

		if (*fmt != '%') {
			sb_addc(b, *fmt);
			continue;
		}
		fmt++;
		for (; *fmt == '0' || *fmt == '-'; fmt++) {
			if (*fmt == '0')
				zero = 1;
			else
				left = 1;
		}
		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		if (*fmt == 'l') {
			lng = 1;
			fmt++;
		}
		switch (*fmt) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			int n;

			if (s == NULL)
				s = "(null)";
			n = (int)strlen(s);
			for (; !left && width > n; width--)
				sb_addc(b, ' ');
			sb_adds(b, s);
			for (; left && width > n; width--)
				sb_addc(b, ' ');
			break;
		}
		case 'c':
			sb_addc(b, va_arg(ap, int));
			break;
		case 'd': {
			long v = lng ? va_arg(ap, long) : va_arg(ap, int);
			unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

			sb_number(b, u, v < 0, 10, width, zero, left);
			break;
		}
		case 'u':
		case 'o':
		case 'x': {
			unsigned long v = lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);

			sb_number(b, v, 0, *fmt == 'u' ? 10 : *fmt == 'o' ? 8 : 16,
				  width, zero, left);
			break;
		}
		case '%':
			sb_addc(b, '%');
			break;
		case '\0':
			return;
		default:
			sb_addc(b, '%');
			sb_addc(b, *fmt);
		}
	}
}

void sb_printf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

int write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

void out_printf(int fd, const char *fmt, ...)
{
	struct strbuf b;
	va_list ap;

	sb_init(&b);
	va_start(ap, fmt);
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	write_all(fd, b.s ? b.s : "", b.len);
	sb_free(&b);
}

static void vwarn(const char *fmt, va_list ap)
{
	struct strbuf b;

	sb_init(&b);
	sb_adds(&b, "sh: ");
	sb_vprintf(&b, fmt, ap);
	sb_addc(&b, '\n');
	write_all(2, b.s, b.len);
	sb_free(&b);
}

void sh_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void sh_raise(int status)
{
	exitstatus = status;
	if (!interactive || in_subshell || toplevel == NULL)
		exit(status);
	longjmp(*toplevel, 1);
}

void sh_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	sh_raise(2);
}

int is_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') ||
			(s[0] >= 'A' && s[0] <= 'Z')))
		return 0;
	for (i = 1; i < n; i++) {
		char c = s[i];

		if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9')))
			return 0;
	}
	return 1;
}

int parse_int(const char *s, long *out)
{
	char *end;
	long v;

	if (*s == '\0')
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno != 0)
		return 0;
	*out = v;
	return 1;
}

/* The arena: a chain of blocks freed together when the last reference goes. */
struct block {
	struct block *next;
	size_t used, size;
};

struct arena {
	struct block *blocks;
	int refs;
};

struct arena *arena_new(void)
{
	struct arena *a = xmalloc(sizeof *a);

	a->blocks = NULL;
	a->refs = 1;
	return a;
}

void *arena_alloc(struct arena *a, size_t n)
{
	struct block *b = a->blocks;
	char *p;

	n = (n + 7) & ~(size_t)7;
	if (b == NULL || b->used + n > b->size) {
		size_t size = n > 4000 ? n : 4000;

		b = xmalloc(sizeof *b + 8 + size);
		b->size = size;
		b->used = 0;
		b->next = a->blocks;
		a->blocks = b;
	}
	p = (char *)(((unsigned long)(b + 1) + 7) & ~7UL) + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void arena_ref(struct arena *a)
{
	a->refs++;
}

void arena_unref(struct arena *a)
{
	struct block *b, *next;

	if (a == NULL || --a->refs > 0)
		return;
	for (b = a->blocks; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}
