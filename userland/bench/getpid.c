/* getpid N: N getpid calls (each a SENDREC round trip to PM). Exits 0 if every answer agreed. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long count = argc > 1 ? strtol(argv[1], NULL, 10) : 10000;
	pid_t first = getpid();
	long i;

	for (i = 0; i < count; i++) {
		if (getpid() != first) {
			fprintf(stderr, "getpid: answer %ld differs\n", i);
			return 1;
		}
	}
	return 0;
}
