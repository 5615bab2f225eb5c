/* uname fills its fields; times returns a clock that does not go back. */
#include "check.h"
#include <sys/utsname.h>
#include <sys/times.h>

int main(void)
{
	struct utsname u;
	struct tms t;
	clock_t a, b;

	CHECK_OK(uname(&u));
	CHECK(u.sysname[0] != '\0', "empty sysname");
	CHECK(u.release[0] != '\0', "empty release");
	CHECK(u.machine[0] != '\0', "empty machine");
	a = times(&t);
	CHECK(a != (clock_t)-1, "times failed: errno %d", errno);
	b = times(&t);
	CHECK(b >= a, "times went back from %ld to %ld", (long)a, (long)b);
	return 0;
}
