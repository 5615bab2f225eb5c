/* A child's writes to its memory do not change the parent's, and it starts with a copy. */
#include "check.h"

static int global = 7;

int main(void)
{
	int local = 11;
	char *heap = malloc(64);
	pid_t pid;

	CHECK(heap != NULL, "malloc failed");
	strcpy(heap, "parent");
	CHECK_OK(pid = fork());
	if (pid == 0) {
		if (global != 7 || local != 11 || strcmp(heap, "parent") != 0)
			_exit(1);
		global = 99;
		local = 99;
		strcpy(heap, "child");
		_exit(0);
	}
	wait_child_ok(pid);
	CHECK(global == 7, "global changed to %d by the child", global);
	CHECK(local == 11, "stack variable changed to %d by the child", local);
	CHECK(strcmp(heap, "parent") == 0, "heap changed to '%s' by the child", heap);
	return 0;
}
