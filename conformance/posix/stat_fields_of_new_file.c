/* A new file's stat: regular, the mode asked for (under umask 0), size, one link, our uid. */
#include "check.h"
#include <time.h>

int main(void)
{
	struct stat st, st2;
	time_t now = time(NULL);

	enter_scratch("stat_new");
	umask(0);
	make_file("f", "hello", 0640);
	CHECK_OK(stat("f", &st));
	CHECK(S_ISREG(st.st_mode), "mode 0%o not a regular file", (unsigned)st.st_mode);
	CHECK((st.st_mode & 07777) == 0640, "permissions 0%o, expected 0640", (unsigned)(st.st_mode & 07777));
	CHECK(st.st_size == 5, "size %ld", (long)st.st_size);
	CHECK(st.st_nlink == 1, "links %ld", (long)st.st_nlink);
	CHECK(st.st_uid == geteuid(), "uid %d, expected %d", (int)st.st_uid, (int)geteuid());
	CHECK(st.st_mtime >= now - 5 && st.st_mtime <= now + 5, "mtime %ld, now %ld", (long)st.st_mtime, (long)now);
	CHECK_OK(stat(".", &st2));
	CHECK(st.st_dev == st2.st_dev, "file and its directory on different devices");
	CHECK(st.st_ino != st2.st_ino, "file and its directory share inode %ld", (long)st.st_ino);
	return 0;
}
