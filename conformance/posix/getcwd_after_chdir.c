/* getcwd follows chdir, into a subdirectory and back through "..". */
#include "check.h"

int main(void)
{
	char base[1024], here[1024];
	char expect[1100];
	struct stat a, b;

	enter_scratch("getcwd");
	CHECK(getcwd(base, sizeof base) != NULL, "getcwd errno %d", errno);
	CHECK(base[0] == '/', "getcwd '%s' not absolute", base);
	CHECK_OK(mkdir("sub", 0755));
	CHECK_OK(chdir("sub"));
	CHECK(getcwd(here, sizeof here) != NULL, "getcwd errno %d", errno);
	snprintf(expect, sizeof expect, "%s/sub", base);
	CHECK(strcmp(here, expect) == 0, "getcwd '%s', expected '%s'", here, expect);
	CHECK_OK(stat(".", &a));
	CHECK_OK(stat(expect, &b));
	CHECK(a.st_ino == b.st_ino, "'.' is not %s", expect);
	CHECK_OK(chdir(".."));
	CHECK(getcwd(here, sizeof here) != NULL, "getcwd errno %d", errno);
	CHECK(strcmp(here, base) == 0, "after .. getcwd '%s', expected '%s'", here, base);
	CHECK_OK(chdir("/"));
	CHECK(getcwd(here, sizeof here) != NULL && strcmp(here, "/") == 0, "getcwd at the root is '%s'", here);
	CHECK_OK(chdir("/.."));
	CHECK(getcwd(here, sizeof here) != NULL && strcmp(here, "/") == 0, "/.. is not /: '%s'", here);
	return 0;
}
