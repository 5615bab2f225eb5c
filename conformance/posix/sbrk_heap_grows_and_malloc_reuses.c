/* malloc gives distinct writable memory, realloc keeps contents, free allows reuse. */
#include "check.h"

int main(void)
{
	char *p[64];
	char *q;
	int i, j;

	for (i = 0; i < 64; i++) {
		p[i] = malloc(1000 + i * 100);
		CHECK(p[i] != NULL, "malloc %d failed", i);
		memset(p[i], i, 1000 + i * 100);
	}
	for (i = 0; i < 64; i++)
		for (j = 0; j < 1000 + i * 100; j += 97)
			CHECK(p[i][j] == (char)i, "block %d overwritten at %d", i, j);
	q = realloc(p[0], 200000);
	CHECK(q != NULL, "realloc to 200000 failed");
	for (j = 0; j < 1000; j++)
		CHECK(q[j] == 0, "realloc lost byte %d", j);
	memset(q, 7, 200000);
	free(q);
	for (i = 1; i < 64; i++)
		free(p[i]);
	q = calloc(1000, 10);
	CHECK(q != NULL, "calloc failed");
	for (j = 0; j < 10000; j++)
		CHECK(q[j] == 0, "calloc byte %d is %d", j, q[j]);
	free(q);
	return 0;
}
