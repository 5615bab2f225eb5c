/* chdir to a regular file fails with ENOTDIR and leaves the directory unchanged. */
#include "check.h"

int main(void)
{
	char before[1024], after[1024];

	enter_scratch("chdir_file");
	make_file("f", "x", 0644);
	CHECK(getcwd(before, sizeof before) != NULL, "getcwd errno %d", errno);
	CHECK_ERR(chdir("f"), ENOTDIR);
	CHECK(getcwd(after, sizeof after) != NULL, "getcwd errno %d", errno);
	CHECK(strcmp(before, after) == 0, "directory changed from %s to %s", before, after);
	return 0;
}
