/* A directory with many entries (more than one block) lists them all. */
#include "check.h"

int main(void)
{
	char name[32];
	DIR *d;
	struct dirent *e;
	int seen = 0;
	int i;

	enter_scratch("many");
	for (i = 0; i < 150; i++) {
		snprintf(name, sizeof name, "file%03d", i);
		make_file(name, "", 0644);
	}
	d = opendir(".");
	CHECK(d != NULL, "opendir errno %d", errno);
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, "file", 4) == 0)
			seen++;
	closedir(d);
	CHECK(seen == 150, "listed %d of 150 files", seen);
	return 0;
}
