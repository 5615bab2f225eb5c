/* lstat describes the symbolic link itself; stat the file it points to. */
#include "check.h"

int main(void)
{
	struct stat l, s;

	enter_scratch("lstat");
	make_file("target", "12345", 0644);
	CHECK_OK(symlink("target", "link"));
	CHECK_OK(lstat("link", &l));
	CHECK(S_ISLNK(l.st_mode), "lstat mode 0%o not a link", (unsigned)l.st_mode);
	CHECK(l.st_size == 6, "link size %ld, expected 6", (long)l.st_size);
	CHECK_OK(stat("link", &s));
	CHECK(S_ISREG(s.st_mode) && s.st_size == 5, "stat through the link: mode 0%o size %ld", (unsigned)s.st_mode, (long)s.st_size);
	return 0;
}
