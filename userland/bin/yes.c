/* yes [STRING]: print STRING (or "y") for ever. */
#include <stdio.h>

int main(int argc, char *argv[])
{
	const char *s = argc > 1 ? argv[1] : "y";

	while (puts(s) != EOF)
		;
	return 1;
}
