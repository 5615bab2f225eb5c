/* The umask clears permission bits of new files and directories; umask returns the old one. */
#include "check.h"

int main(void)
{
	struct stat st;
	mode_t old;

	enter_scratch("umask");
	umask(022);
	old = umask(027);
	CHECK(old == 022, "umask returned 0%o, expected 022", (unsigned)old);
	make_file("f", "", 0666);
	CHECK_OK(stat("f", &st));
	CHECK((st.st_mode & 0777) == 0640, "file mode 0%o, expected 0640", (unsigned)(st.st_mode & 0777));
	CHECK_OK(mkdir("d", 0777));
	CHECK_OK(stat("d", &st));
	CHECK((st.st_mode & 0777) == 0750, "directory mode 0%o, expected 0750", (unsigned)(st.st_mode & 0777));
	return 0;
}
