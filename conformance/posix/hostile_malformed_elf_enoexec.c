/*
 * Hostile: exec of malformed ELF files (a truncated header, a broken magic number, a foreign
 * machine, a relocatable object, a bad class, a bad program header size, program headers
 * beyond the end of the file, a segment in kernel space, no program headers) fails with
 * ENOEXEC and the caller goes on.
 */
#include "check.h"

static unsigned char elf[52 + 32];

static void put16(int off, unsigned v)
{
	elf[off] = (unsigned char)v;
	elf[off + 1] = (unsigned char)(v >> 8);
}

static void put32(int off, unsigned long v)
{
	put16(off, (unsigned)(v & 0xffff));
	put16(off + 2, (unsigned)(v >> 16));
}

/* A plausible i386 executable header with one PT_LOAD program header. */
static void base(void)
{
	memset(elf, 0, sizeof elf);
	elf[0] = 0x7f;
	elf[1] = 'E';
	elf[2] = 'L';
	elf[3] = 'F';
	elf[4] = 1; /* 32-bit */
	elf[5] = 1; /* little-endian */
	elf[6] = 1; /* version */
	put16(16, 2);          /* ET_EXEC */
	put16(18, 3);          /* EM_386 */
	put32(20, 1);
	put32(24, 0x00400054); /* entry */
	put32(28, 52);         /* phoff */
	put16(40, 52);         /* ehsize */
	put16(42, 32);         /* phentsize */
	put16(44, 1);          /* phnum */
	put32(52, 1);          /* PT_LOAD */
	put32(56, 0);
	put32(60, 0x00400000);
	put32(64, 0x00400000);
	put32(68, sizeof elf);
	put32(72, 0x1000);
	put32(76, 5);
	put32(80, 0x1000);
}

static void try_exec(const char *what, size_t len)
{
	char *argv[] = { "bad-elf", NULL };
	char *envp[] = { NULL };
	int fd;

	CHECK_OK(fd = open("bad-elf", O_WRONLY | O_CREAT | O_TRUNC, 0755));
	CHECK_OK(write(fd, elf, len));
	close(fd);
	errno = 0;
	check_result = execve("./bad-elf", argv, envp);
	CHECK(check_result == -1 && errno == ENOEXEC, "exec of %s returned %ld errno %d (%s), expected ENOEXEC", what, check_result, errno, strerror(errno));
}

int main(void)
{
	enter_scratch("hostile_elf");
	base();
	try_exec("a truncated header", 20);
	base();
	put16(18, 0x7777);
	try_exec("a foreign machine", sizeof elf);
	base();
	put16(16, 1);
	try_exec("a relocatable object", sizeof elf);
	base();
	elf[3] = 'X';
	try_exec("a broken magic number", sizeof elf);
#ifndef __GLIBC__
	base();
	elf[4] = 9;
	try_exec("a bad class", sizeof elf);
	/* Linux gives other errors for these: only minix3j's VM is held to ENOEXEC. */
	base();
	put16(42, 7);
	try_exec("a bad program header size", sizeof elf);
	base();
	put32(28, 0x7ffff000);
	try_exec("program headers beyond the file", sizeof elf);
	base();
	put32(60, 0xC0000000UL);
	put32(64, 0xC0000000UL);
	try_exec("a segment in kernel space", sizeof elf);
	base();
	put16(44, 0);
	try_exec("no program headers", sizeof elf);
#endif
	return 0;
}
