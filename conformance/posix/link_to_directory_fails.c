/* A hard link to a directory is refused (EPERM). */
#include "check.h"

int main(void)
{
	enter_scratch("link_dir");
	CHECK_OK(mkdir("d", 0755));
	CHECK_ERR(link("d", "e"), EPERM);
	return 0;
}
