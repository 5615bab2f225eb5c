/*
 * printf.c: the echo and printf builtins (the same commands exist in /bin;
 * built in, they save a fork and an exec). echo takes -n and no escapes.
 * printf does %s %b %c %d %i %u %o %x %X %% with flags - + space # 0, widths
 * and precisions (also *), the backslash escapes, and reuses the format
 * while arguments remain.
 */
#include "sh.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int bi_echo(int argc, char **argv)
{
	struct strbuf b;
	int i = 1, newline = 1;

	if (argc > 1 && strcmp(argv[1], "-n") == 0) {
		newline = 0;
		i = 2;
	}
	sb_init(&b);
	for (; i < argc; i++) {
		sb_adds(&b, argv[i]);
		if (i + 1 < argc)
			sb_addc(&b, ' ');
	}
	if (newline)
		sb_addc(&b, '\n');
	i = b.len ? write_all(1, b.s, b.len) : 0;
	sb_free(&b);
	return i < 0 ? 1 : 0;
}

/* One escape at *p (just after the backslash); returns 1 for \c. */
static int escape(struct strbuf *b, const char **pp, int in_b)
{
	const char *p = *pp;
	int c = *p, v, k;

	switch (c) {
	case 'n': sb_addc(b, '\n'); break;
	case 't': sb_addc(b, '\t'); break;
	case 'r': sb_addc(b, '\r'); break;
	case 'a': sb_addc(b, '\a'); break;
	case 'b': sb_addc(b, '\b'); break;
	case 'f': sb_addc(b, '\f'); break;
	case 'v': sb_addc(b, '\v'); break;
	case '\\': sb_addc(b, '\\'); break;
	case 'c':
		if (in_b) {
			*pp = p + 1;
			return 1;
		}
		sb_addc(b, '\\');
		sb_addc(b, 'c');
		break;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		v = 0;
		k = 0;
		if (in_b && c == '0')
			p++;
		while (k < 3 && *p >= '0' && *p <= '7') {
			v = v * 8 + (*p++ - '0');
			k++;
		}
		sb_addc(b, v);
		*pp = p;
		return 0;
	case '\0':
		sb_addc(b, '\\');
		*pp = p;
		return 0;
	default:
		sb_addc(b, '\\');
		sb_addc(b, c);
	}
	*pp = p + 1;
	return 0;
}

static int bad_number;

static long number_arg(const char *s)
{
	char *end;
	long v;

	if (s == NULL || *s == '\0')
		return 0;
	if (*s == '\'' || *s == '"')
		return (unsigned char)s[1];
	errno = 0;
	v = strtol(s, &end, 0);
	if (*end != '\0' || errno) {
		sh_warn("printf: %s: bad number", s);
		bad_number = 1;
	}
	return v;
}

struct spec {
	int left, plus, space, alt, zero, width, prec;
};

static void pad(struct strbuf *out, struct spec *f, const char *s, size_t n)
{
	int fill = f->width > (int)n ? f->width - (int)n : 0;

	if (!f->left)
		for (; fill > 0; fill--)
			sb_addc(out, ' ');
	sb_addn(out, s, n);
	for (; fill > 0; fill--)
		sb_addc(out, ' ');
}

static void format_number(struct strbuf *out, struct spec *f, long sv, int conv)
{
	char digits[40], prefix[3] = "";
	const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
	unsigned long v;
	int n = 0, len, zeros = 0, fill;

	if (conv == 'd' || conv == 'i') {
		v = sv < 0 ? 0UL - (unsigned long)sv : (unsigned long)sv;
		if (sv < 0)
			strcpy(prefix, "-");
		else if (f->plus)
			strcpy(prefix, "+");
		else if (f->space)
			strcpy(prefix, " ");
	} else {
		v = (unsigned long)sv;
		if (f->alt && base == 16 && v)
			strcpy(prefix, conv == 'X' ? "0X" : "0x");
	}
	while (v) {
		digits[n++] = set[v % base];
		v /= base;
	}
	if (f->alt && base == 8 && (n == 0 || digits[n - 1] != '0'))
		digits[n++] = '0';
	if (f->prec >= 0 && f->prec > n)
		zeros = f->prec - n;
	else if (f->prec < 0 && n == 0)
		zeros = 1;
	len = (int)strlen(prefix) + zeros + n;
	if (f->zero && !f->left && f->prec < 0 && f->width > len) {
		zeros += f->width - len;
		len = f->width;
	}
	fill = f->width > len ? f->width - len : 0;
	if (!f->left)
		for (; fill > 0; fill--)
			sb_addc(out, ' ');
	sb_adds(out, prefix);
	for (; zeros > 0; zeros--)
		sb_addc(out, '0');
	while (n > 0)
		sb_addc(out, digits[--n]);
	for (; fill > 0; fill--)
		sb_addc(out, ' ');
}

int bi_printf(int argc, char **argv)
{
	struct strbuf out;
	int ai = 2, stop = 0;

	if (argc < 2) {
		sh_warn("printf: usage: printf format [arguments]");
		return 2;
	}
	bad_number = 0;
	sb_init(&out);
	do {
		const char *p;
		int start = ai;

		for (p = argv[1]; *p && !stop;) {
			struct spec f = { 0, 0, 0, 0, 0, 0, -1 };
			const char *arg;

			if (*p == '\\') {
				p++;
				escape(&out, &p, 0);
				continue;
			}
			if (*p != '%') {
				sb_addc(&out, *p++);
				continue;
			}
			p++;
			if (*p == '%') {
				sb_addc(&out, *p++);
				continue;
			}
			for (;; p++) {
				if (*p == '-') f.left = 1;
				else if (*p == '+') f.plus = 1;
				else if (*p == ' ') f.space = 1;
				else if (*p == '#') f.alt = 1;
				else if (*p == '0') f.zero = 1;
				else break;
			}
			if (*p == '*') {
				f.width = (int)number_arg(ai < argc ? argv[ai++] : NULL);
				if (f.width < 0) {
					f.left = 1;
					f.width = -f.width;
				}
				p++;
			} else {
				for (; *p >= '0' && *p <= '9'; p++)
					f.width = f.width * 10 + (*p - '0');
			}
			if (*p == '.') {
				p++;
				f.prec = 0;
				if (*p == '*') {
					f.prec = (int)number_arg(ai < argc ? argv[ai++] : NULL);
					p++;
				} else {
					for (; *p >= '0' && *p <= '9'; p++)
						f.prec = f.prec * 10 + (*p - '0');
				}
			}
			while (*p == 'l' || *p == 'h')
				p++;
			arg = ai < argc ? argv[ai++] : NULL;
			switch (*p) {
			case 's': {
				const char *s = arg ? arg : "";
				size_t n = strlen(s);

				if (f.prec >= 0 && (size_t)f.prec < n)
					n = (size_t)f.prec;
				pad(&out, &f, s, n);
				break;
			}
			case 'b': {
				struct strbuf t;
				const char *s = arg ? arg : "";

				sb_init(&t);
				while (*s && !stop) {
					if (*s == '\\') {
						s++;
						stop = escape(&t, &s, 1);
					} else {
						sb_addc(&t, *s++);
					}
				}
				pad(&out, &f, t.s ? t.s : "", t.len);
				sb_free(&t);
				break;
			}
			case 'c':
				pad(&out, &f, arg ? arg : "", arg && *arg ? 1 : 0);
				break;
			case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
				format_number(&out, &f, number_arg(arg), *p);
				break;
			default:
				sh_warn("printf: %%%c: bad conversion", *p ? *p : ' ');
				sb_free(&out);
				return 1;
			}
			if (*p)
				p++;
		}
		if (ai == start)
			break;
	} while (ai < argc && !stop);
	if (out.len)
		write_all(1, out.s, out.len);
	sb_free(&out);
	return bad_number;
}
