/* mkdir of an existing name (directory or file) fails with EEXIST. */
#include "check.h"

int main(void)
{
	enter_scratch("mkdir_eexist");
	CHECK_OK(mkdir("d", 0755));
	CHECK_ERR(mkdir("d", 0755), EEXIST);
	make_file("f", "x", 0644);
	CHECK_ERR(mkdir("f", 0755), EEXIST);
	CHECK_ERR(mkdir(".", 0755), EEXIST);
	return 0;
}
