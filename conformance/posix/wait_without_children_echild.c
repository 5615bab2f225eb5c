/* wait and waitpid with no children fail with ECHILD. */
#include "check.h"

int main(void)
{
	int status;

	while (waitpid(-1, &status, WNOHANG) > 0)
		;
	CHECK_ERR(wait(&status), ECHILD);
	CHECK_ERR(waitpid(-1, &status, 0), ECHILD);
	CHECK_ERR(waitpid(-1, &status, WNOHANG), ECHILD);
	return 0;
}
