/* echo [-n] [-e] [ARG...]: print the arguments separated by spaces. */
#include <stdio.h>
#include <string.h>

/* Prints `s` with backslash escapes; returns 0 if \c asked to stop all output. */
static int put_escaped(const char *s)
{
	for (; *s; s++) {
		int c = (unsigned char)*s;

		if (c != '\\' || s[1] == '\0') {
			putchar(c);
			continue;
		}
		switch (*++s) {
		case 'n': putchar('\n'); break;
		case 't': putchar('\t'); break;
		case 'r': putchar('\r'); break;
		case 'a': putchar('\a'); break;
		case 'b': putchar('\b'); break;
		case 'f': putchar('\f'); break;
		case 'v': putchar('\v'); break;
		case '\\': putchar('\\'); break;
		case 'c': return 0;
		case '0': {
			int v = 0, i;

			for (i = 0; i < 3 && s[1] >= '0' && s[1] <= '7'; i++)
				v = v * 8 + (*++s - '0');
			putchar(v);
			break;
		}
		default: putchar('\\'); putchar(*s); break;
		}
	}
	return 1;
}

int main(int argc, char *argv[])
{
	int newline = 1, escapes = 0;
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		const char *p = argv[i] + 1;

		if (strspn(p, "neE") != strlen(p))
			break;
		for (; *p; p++) {
			if (*p == 'n')
				newline = 0;
			else if (*p == 'e')
				escapes = 1;
			else
				escapes = 0;
		}
	}
	for (; i < argc; i++) {
		if (escapes) {
			if (!put_escaped(argv[i]))
				return fflush(stdout) == 0 ? 0 : 1;
		} else {
			fputs(argv[i], stdout);
		}
		if (i + 1 < argc)
			putchar(' ');
	}
	if (newline)
		putchar('\n');
	return fflush(stdout) == 0 ? 0 : 1;
}
