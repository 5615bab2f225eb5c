/* utime sets the access and modification times; with NULL it sets them to now. */
#include "check.h"
#include <utime.h>
#include <time.h>

int main(void)
{
	struct utimbuf t;
	struct stat st;
	time_t now;

	enter_scratch("utime");
	make_file("f", "x", 0644);
	t.actime = 1000000;
	t.modtime = 2000000;
	CHECK_OK(utime("f", &t));
	CHECK_OK(stat("f", &st));
	CHECK(st.st_mtime == 2000000, "mtime %ld, expected 2000000", (long)st.st_mtime);
	CHECK(st.st_atime == 1000000, "atime %ld, expected 1000000", (long)st.st_atime);
	now = time(NULL);
	CHECK_OK(utime("f", NULL));
	CHECK_OK(stat("f", &st));
	CHECK(st.st_mtime >= now - 5 && st.st_mtime <= now + 5, "mtime %ld after utime NULL, now %ld", (long)st.st_mtime, (long)now);
	CHECK_ERR(utime("missing", NULL), ENOENT);
	return 0;
}
