/* alarm(0) cancels a pending alarm and returns the seconds that were left. */
#include "check.h"

int main(void)
{
	unsigned left;

	alarm(100);
	left = alarm(0);
	CHECK(left > 90 && left <= 100, "alarm(0) returned %u, expected about 100", left);
	left = alarm(0);
	CHECK(left == 0, "second alarm(0) returned %u", left);
	return 0;
}
