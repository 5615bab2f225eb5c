/* An empty path names nothing: ENOENT. */
#include "check.h"

int main(void)
{
	struct stat st;

	CHECK_ERR(open("", O_RDONLY), ENOENT);
	CHECK_ERR(stat("", &st), ENOENT);
	CHECK_ERR(mkdir("", 0755), ENOENT);
	CHECK_ERR(chdir(""), ENOENT);
	return 0;
}
