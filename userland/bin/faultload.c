/*
 * faultload SEED ROUNDS FILE_BYTES [DEVICE SLOTS [PRINTER JOB_BYTES]]: the fault-injection
 * campaign's workload. Each round fills a buffer from a generator seeded by SEED and the round, writes it to a file
 * of the root file system (/tmp/fl0../tmp/fl7, so that the files outgrow the buffer cache),
 * reads it back and compares byte for byte; with DEVICE, writes it to slot (round % SLOTS) of
 * the raw block device, reads it back and compares. One line per check on standard output:
 * "file R SUM" / "disk R SUM" (SUM the FNV-1a hash of what was read, in hex), or "file R error
 * ERRNO" / "file R mismatch OFFSET". With PRINTER, a print job of JOB_BYTES from the generator
 * (round ROUNDS) is written to it at the end, and the harness compares what the printer printed
 * byte for byte ("print error ERRNO" if the write fails). "faultload: done" at the end. The
 * harness computes the same sums and compares the lines.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_BYTES 65536
#define FILES 8

static unsigned char data[MAX_BYTES];
static unsigned char back[MAX_BYTES];

static unsigned long fill(unsigned long seed, unsigned long round, int bytes)
{
	unsigned long x = (seed * 2654435761UL) ^ (round * 40503UL + 0x9e3779b9UL);
	int i;

	if (x == 0)
		x = 1;
	for (i = 0; i < bytes; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		x &= 0xffffffffUL;
		data[i] = (unsigned char)(x >> 8);
	}
	return x;
}

static unsigned long fnv(const unsigned char *p, int n)
{
	unsigned long h = 2166136261UL;
	int i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h = (h * 16777619UL) & 0xffffffffUL;
	}
	return h;
}

static int full(int fd, unsigned char *p, int n, int writing)
{
	int done = 0, r;

	while (done < n) {
		r = writing ? write(fd, p + done, n - done) : read(fd, p + done, n - done);
		if (r < 0)
			return -1;
		if (r == 0) {
			errno = EIO;
			return -1;
		}
		done += r;
	}
	return 0;
}

/* Compares what came back; prints the check's line. */
static void report(const char *what, unsigned long round, int bytes)
{
	int i;

	for (i = 0; i < bytes; i++)
		if (data[i] != back[i]) {
			printf("%s %lu mismatch %d\n", what, round, i);
			return;
		}
	printf("%s %lu %08lx\n", what, round, fnv(back, bytes));
}

static void on_file(unsigned long round, int bytes)
{
	char path[32];
	int fd;

	snprintf(path, sizeof path, "/tmp/fl%lu", round % FILES);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || full(fd, data, bytes, 1) < 0 || close(fd) < 0) {
		printf("file %lu error %d\n", round, errno);
		return;
	}
	fd = open(path, O_RDONLY);
	if (fd < 0 || full(fd, back, bytes, 0) < 0 || close(fd) < 0) {
		printf("file %lu error %d\n", round, errno);
		return;
	}
	report("file", round, bytes);
}

static void on_disk(const char *device, unsigned long round, int bytes, int slots)
{
	off_t at = (off_t)(round % slots) * bytes;
	int fd = open(device, O_RDWR);

	if (fd < 0 || lseek(fd, at, SEEK_SET) != at || full(fd, data, bytes, 1) < 0
	    || lseek(fd, at, SEEK_SET) != at || full(fd, back, bytes, 0) < 0 || close(fd) < 0) {
		printf("disk %lu error %d\n", round, errno);
		if (fd >= 0)
			close(fd);
		return;
	}
	report("disk", round, bytes);
}

/* The print job: one write() of the generator's bytes for round ROUNDS. */
static void print_job(const char *printer, unsigned long seed, unsigned long rounds, int bytes)
{
	int fd;

	fill(seed, rounds, bytes);
	fd = open(printer, O_WRONLY);
	if (fd < 0 || full(fd, data, bytes, 1) < 0) {
		printf("print error %d\n", errno);
		if (fd >= 0)
			close(fd);
		return;
	}
	close(fd);
}

int main(int argc, char *argv[])
{
	unsigned long seed, rounds, round;
	int bytes, slots = 1, job = 0;
	const char *device = NULL, *printer = NULL;

	if (argc != 4 && argc != 6 && argc != 8) {
		fprintf(stderr, "usage: faultload seed rounds file_bytes [device slots [printer"
			" job_bytes]]\n");
		return 2;
	}
	seed = strtoul(argv[1], NULL, 10);
	rounds = strtoul(argv[2], NULL, 10);
	bytes = atoi(argv[3]);
	if (bytes < 1 || bytes > MAX_BYTES) {
		fprintf(stderr, "faultload: file_bytes from 1 to %d\n", MAX_BYTES);
		return 2;
	}
	if (argc >= 6) {
		device = argv[4];
		slots = atoi(argv[5]);
		if (slots < 1)
			slots = 1;
	}
	if (argc == 8) {
		printer = argv[6];
		job = atoi(argv[7]);
		if (job < 1 || job > MAX_BYTES) {
			fprintf(stderr, "faultload: job_bytes from 1 to %d\n", MAX_BYTES);
			return 2;
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (round = 0; round < rounds; round++) {
		fill(seed, round, bytes);
		on_file(round, bytes);
		if (device != NULL)
			on_disk(device, round, bytes, slots);
	}
	if (printer != NULL)
		print_job(printer, seed, rounds, job);
	printf("faultload: done\n");
	return 0;
}
