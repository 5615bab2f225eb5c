/*
 * Hostile: a file of random bytes marked executable cannot be exec'd (ENOEXEC); jumping into
 * a data buffer (the heap, the stack, a global) kills the process with SIGSEGV: data is not
 * executable. The parent goes on.
 */
#include "check.h"

static unsigned char global_code[64] = { 0x90, 0x90, 0xc3 }; /* nop nop ret */

typedef void (*code_fn)(void);

static void jump_into(void *p)
{
	code_fn f;

	memcpy(&f, &p, sizeof f);
	f();
}

static void expect_segv(const char *what, int which)
{
	int status;
	pid_t pid;

	CHECK_OK(pid = fork());
	if (pid == 0) {
		unsigned char stack_code[64];
		unsigned char *heap_code = malloc(64);

		memset(stack_code, 0x90, sizeof stack_code);
		stack_code[63] = 0xc3;
		if (heap_code == NULL)
			_exit(3);
		memset(heap_code, 0x90, 64);
		heap_code[63] = 0xc3;
		if (which == 0)
			jump_into(global_code);
		else if (which == 1)
			jump_into(stack_code);
		else
			jump_into(heap_code);
		_exit(0); /* it ran: data was executable */
	}
	status = wait_status(pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV, "jumping into %s data: status 0x%x, expected SIGSEGV", what, status);
}

int main(void)
{
	unsigned char buf[4096];
	unsigned seed = 12345;
	char *argv[] = { "garbage", NULL };
	char *envp[] = { NULL };
	int fd;
	int i;

	enter_scratch("hostile_garbage");
	for (i = 0; i < (int)sizeof buf; i++) {
		seed = seed * 1103515245u + 12345u;
		buf[i] = (unsigned char)(seed >> 16);
	}
	buf[0] = 0; /* neither "#!" nor an ELF magic */
	CHECK_OK(fd = open("garbage", O_WRONLY | O_CREAT | O_TRUNC, 0755));
	CHECK_OK(write(fd, buf, sizeof buf));
	close(fd);
	CHECK_ERR(execve("./garbage", argv, envp), ENOEXEC);
	CHECK_OK(fd = open("empty", O_WRONLY | O_CREAT | O_TRUNC, 0755));
	close(fd);
	errno = 0;
	CHECK(execve("./empty", argv, envp) == -1 && errno == ENOEXEC, "exec of an empty file: errno %d, expected ENOEXEC", errno);
	expect_segv("global", 0);
	expect_segv("stack", 1);
	expect_segv("heap", 2);
	return 0;
}
