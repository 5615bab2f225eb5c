/* A new directory has 2 links; each subdirectory adds one to its parent. */
#include "check.h"

int main(void)
{
	struct stat st;

	enter_scratch("dir_links");
	CHECK_OK(mkdir("d", 0755));
	CHECK_OK(stat("d", &st));
	CHECK(S_ISDIR(st.st_mode), "not a directory");
	CHECK(st.st_nlink == 2, "new directory has %ld links, expected 2", (long)st.st_nlink);
	CHECK_OK(mkdir("d/a", 0755));
	CHECK_OK(mkdir("d/b", 0755));
	CHECK_OK(stat("d", &st));
	CHECK(st.st_nlink == 4, "directory with 2 subdirectories has %ld links, expected 4", (long)st.st_nlink);
	CHECK_OK(rmdir("d/a"));
	CHECK_OK(stat("d", &st));
	CHECK(st.st_nlink == 3, "after rmdir %ld links, expected 3", (long)st.st_nlink);
	return 0;
}
