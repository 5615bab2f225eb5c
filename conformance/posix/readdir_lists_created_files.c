/* readdir lists ".", ".." and every created entry exactly once; removed ones disappear. */
#include "check.h"

static int count(const char *want)
{
	DIR *d = opendir(".");
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		FAIL("opendir errno %d", errno);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, want) == 0)
			n++;
	closedir(d);
	return n;
}

int main(void)
{
	static const char *names[] = { "alpha", "beta", "a-name-that-is-rather-long-for-a-file-0123456789", "d" };
	int i;

	enter_scratch("readdir");
	make_file(names[0], "", 0644);
	make_file(names[1], "", 0644);
	make_file(names[2], "", 0644);
	CHECK_OK(mkdir(names[3], 0755));
	CHECK(count(".") == 1, "'.' listed %d times", count("."));
	CHECK(count("..") == 1, "'..' listed %d times", count(".."));
	for (i = 0; i < 4; i++)
		CHECK(count(names[i]) == 1, "'%s' listed %d times", names[i], count(names[i]));
	CHECK_OK(unlink(names[1]));
	CHECK(count(names[1]) == 0, "removed '%s' still listed", names[1]);
	CHECK(opendir("missing") == NULL && errno == ENOENT, "opendir of a missing directory: errno %d", errno);
	CHECK(opendir(names[0]) == NULL && errno == ENOTDIR, "opendir of a file: errno %d", errno);
	return 0;
}
