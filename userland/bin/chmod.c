/* chmod MODE FILE...: change permissions; MODE is octal or symbolic ([ugoa][+-=][rwxst],...). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* Applies a symbolic mode to `old`; -1 if the mode is malformed. */
static long symbolic(const char *s, mode_t old, mode_t mask)
{
	long mode = old & 07777;

	for (;;) {
		mode_t who = 0;
		int explicit_who = 0;

		for (; *s && strchr("ugoa", *s); s++) {
			explicit_who = 1;
			who |= *s == 'u' ? 04700 : *s == 'g' ? 02070 : *s == 'o' ? 01007 : 07777;
		}
		if (!explicit_who)
			who = 07777;
		if (*s == '\0' || strchr("+-=", *s) == NULL)
			return -1;
		while (*s && strchr("+-=", *s)) {
			char op = *s++;
			mode_t bits = 0;

			for (; *s && strchr("rwxXst", *s); s++) {
				switch (*s) {
				case 'r': bits |= 0444; break;
				case 'w': bits |= 0222; break;
				case 'x': bits |= 0111; break;
				case 'X':
					if (S_ISDIR(old) || (old & 0111))
						bits |= 0111;
					break;
				case 's': bits |= 06000; break;
				case 't': bits |= 01000; break;
				}
			}
			bits &= who;
			if (!explicit_who)
				bits &= ~mask;
			if (op == '+')
				mode |= bits;
			else if (op == '-')
				mode &= ~bits;
			else
				mode = (mode & ~(long)(who & 07777)) | bits;
		}
		if (*s == '\0')
			return mode;
		if (*s != ',')
			return -1;
		s++;
	}
}

int main(int argc, char *argv[])
{
	const char *spec;
	mode_t mask;
	int status = 0;
	int i = 1;

	if (argc > 1 && strcmp(argv[1], "--") == 0)
		i++;
	if (argc - i < 2) {
		fprintf(stderr, "usage: chmod mode file...\n");
		return 1;
	}
	spec = argv[i++];
	mask = umask(0);
	umask(mask);
	for (; i < argc; i++) {
		long mode;

		if (isdigit((unsigned char)spec[0])) {
			char *end;

			mode = strtol(spec, &end, 8);
			if (*end != '\0' || mode > 07777)
				mode = -1;
		} else {
			struct stat st;

			if (stat(argv[i], &st) != 0) {
				fprintf(stderr, "chmod: %s: %s\n", argv[i], strerror(errno));
				status = 1;
				continue;
			}
			mode = symbolic(spec, st.st_mode, mask);
		}
		if (mode < 0) {
			fprintf(stderr, "chmod: invalid mode: %s\n", spec);
			return 1;
		}
		if (chmod(argv[i], (mode_t)mode) != 0) {
			fprintf(stderr, "chmod: %s: %s\n", argv[i], strerror(errno));
			status = 1;
		}
	}
	return status;
}
