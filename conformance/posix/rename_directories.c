/* A directory renames; over an empty one it replaces it; into itself: EINVAL; file over it: EISDIR. */
#include "check.h"

int main(void)
{
	struct stat st;

	enter_scratch("rename_dir");
	CHECK_OK(mkdir("d", 0755));
	make_file("d/f", "x", 0644);
	CHECK_OK(mkdir("empty", 0755));
	CHECK_OK(rename("d", "empty"));
	CHECK_OK(stat("empty/f", &st));
	CHECK_ERR(stat("d", &st), ENOENT);
	CHECK_ERR(rename("empty", "empty/sub"), EINVAL);
	make_file("file", "x", 0644);
	CHECK_ERR(rename("file", "empty"), EISDIR);
	CHECK_ERR(rename("empty", "file"), ENOTDIR);
	CHECK_OK(mkdir("full", 0755));
	make_file("full/g", "x", 0644);
	errno = 0;
	CHECK(rename("empty", "full") == -1 && (errno == ENOTEMPTY || errno == EEXIST), "rename over a non-empty directory: errno %d", errno);
	return 0;
}
