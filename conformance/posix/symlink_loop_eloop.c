/* Links that point at each other end in ELOOP. */
#include "check.h"

int main(void)
{
	enter_scratch("eloop");
	CHECK_OK(symlink("b", "a"));
	CHECK_OK(symlink("a", "b"));
	CHECK_ERR(open("a", O_RDONLY), ELOOP);
	return 0;
}
