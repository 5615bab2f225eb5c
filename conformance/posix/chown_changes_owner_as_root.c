/* root may give a file away with chown; stat shows the new owner and group. */
#include "check.h"

int main(void)
{
	struct stat st;

	if (getuid() != 0)
		return 0;
	enter_scratch("chown");
	make_file("f", "x", 0644);
	CHECK_OK(chown("f", 123, 45));
	CHECK_OK(stat("f", &st));
	CHECK(st.st_uid == 123 && st.st_gid == 45, "owner %d:%d, expected 123:45", (int)st.st_uid, (int)st.st_gid);
	return 0;
}
