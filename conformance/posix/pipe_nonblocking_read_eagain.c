/* With O_NONBLOCK, a read from an empty pipe that has writers fails with EAGAIN. */
#include "check.h"

int main(void)
{
	int fds[2];
	int flags;
	char c;

	CHECK_OK(pipe(fds));
	CHECK_OK(flags = fcntl(fds[0], F_GETFL));
	CHECK_OK(fcntl(fds[0], F_SETFL, flags | O_NONBLOCK));
	CHECK_OK(fcntl(fds[0], F_GETFL));
	CHECK(check_result & O_NONBLOCK, "F_GETFL does not show O_NONBLOCK");
	CHECK_ERR(read(fds[0], &c, 1), EAGAIN);
	CHECK_OK(write(fds[1], "z", 1));
	CHECK_OK(read(fds[0], &c, 1));
	CHECK(check_result == 1 && c == 'z', "read after write returned %ld", check_result);
	return 0;
}
