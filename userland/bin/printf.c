/* printf FORMAT [ARG...]: formatted output; the format is reused while arguments remain. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int status;

/* Prints one backslash escape starting after the backslash; returns chars used, -1 for \c. */
static int escape(const char *s)
{
	int v = 0, i = 0;

	switch (*s) {
	case 'n': putchar('\n'); return 1;
	case 't': putchar('\t'); return 1;
	case 'r': putchar('\r'); return 1;
	case 'a': putchar('\a'); return 1;
	case 'b': putchar('\b'); return 1;
	case 'f': putchar('\f'); return 1;
	case 'v': putchar('\v'); return 1;
	case '\\': putchar('\\'); return 1;
	case '"': putchar('"'); return 1;
	case '\'': putchar('\''); return 1;
	case 'c': return -1;
	case '\0': putchar('\\'); return 0;
	default:
		break;
	}
	if (*s >= '0' && *s <= '7') {
		/* \NNN or \0NNN */
		int max = *s == '0' ? 4 : 3;

		for (i = 0; i < max && s[i] >= '0' && s[i] <= '7'; i++)
			v = v * 8 + (s[i] - '0');
		putchar(v);
		return i;
	}
	putchar('\\');
	putchar(*s);
	return 1;
}

static long number(const char *arg)
{
	char *end;
	long v;

	if (arg == NULL)
		return 0;
	if ((arg[0] == '\'' || arg[0] == '"') && arg[1] != '\0')
		return (unsigned char)arg[1];
	errno = 0;
	v = strtol(arg, &end, 0);
	if (end == arg || *end != '\0' || errno != 0) {
		/* Try unsigned for values beyond LONG_MAX. */
		if (end == arg || *end != '\0') {
			fprintf(stderr, "printf: %s: invalid number\n", arg);
			status = 1;
		} else {
			v = (long)strtoul(arg, &end, 0);
		}
	}
	return v;
}

/* Prints the format once, taking arguments from *args; returns 0 when \c stopped output. */
static int format(const char *f, char ***args, int *used)
{
	char spec[64];

	while (*f) {
		if (*f == '\\') {
			int n = escape(f + 1);

			if (n < 0)
				return 0;
			f += n + 1;
			continue;
		}
		if (*f != '%') {
			putchar(*f++);
			continue;
		}
		if (f[1] == '%') {
			putchar('%');
			f += 2;
			continue;
		}
		{
			size_t n = 1;
			const char *arg;
			char conv;

			spec[0] = '%';
			f++;
			while (*f && strchr("-+ #0", *f) && n < 40)
				spec[n++] = *f++;
			while (*f && (isdigit((unsigned char)*f) || *f == '.' || *f == '*') && n < 40) {
				if (*f == '*') {
					long w = number(**args);

					if (**args != NULL) {
						(*args)++;
						*used = 1;
					}
					n += (size_t)snprintf(spec + n, sizeof spec - n, "%ld", w);
					f++;
				} else {
					spec[n++] = *f++;
				}
			}
			while (*f == 'l' || *f == 'h')
				f++;
			conv = *f;
			if (conv == '\0')
				break;
			f++;
			arg = **args;
			if (arg != NULL) {
				(*args)++;
				*used = 1;
			}
			switch (conv) {
			case 'd':
			case 'i':
				spec[n++] = 'l';
				spec[n++] = 'd';
				spec[n] = '\0';
				printf(spec, number(arg));
				break;
			case 'u':
			case 'x':
			case 'X':
			case 'o':
				spec[n++] = 'l';
				spec[n++] = conv;
				spec[n] = '\0';
				printf(spec, (unsigned long)number(arg));
				break;
			case 'c':
				spec[n++] = 'c';
				spec[n] = '\0';
				printf(spec, arg != NULL ? arg[0] : '\0');
				break;
			case 's':
				spec[n++] = 's';
				spec[n] = '\0';
				printf(spec, arg != NULL ? arg : "");
				break;
			case 'b': {
				const char *s = arg != NULL ? arg : "";

				while (*s) {
					if (*s == '\\') {
						int k = escape(s + 1);

						if (k < 0)
							return 0;
						s += k + 1;
					} else {
						putchar(*s++);
					}
				}
				break;
			}
			default:
				fprintf(stderr, "printf: %%%c: invalid directive\n", conv);
				status = 1;
				return 0;
			}
		}
	}
	return 1;
}

int main(int argc, char *argv[])
{
	char **args;
	int used;

	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: printf format [arguments...]\n");
		return 2;
	}
	args = argv + 2;
	do {
		used = 0;
		if (!format(argv[1], &args, &used))
			break;
	} while (used && *args != NULL);
	if (fflush(stdout) != 0)
		return 1;
	return status;
}
