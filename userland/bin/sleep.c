/* sleep SECONDS: wait that many seconds. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	char *end;
	long secs;

	if (argc != 2) {
		fprintf(stderr, "usage: sleep seconds\n");
		return 1;
	}
	secs = strtol(argv[1], &end, 10);
	if (end == argv[1] || (*end != '\0' && *end != '.') || secs < 0) {
		fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[1]);
		return 1;
	}
	while (secs > 0) {
		unsigned left = sleep((unsigned)secs);

		secs = left;
	}
	return 0;
}
