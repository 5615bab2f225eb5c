/*
 * readsum FILE: reads FILE to its end in 64 KiB read() calls and prints its size and a 32-bit
 * FNV-1a checksum taken over its little-endian 32-bit words, a short tail zero-padded
 * ("BYTES HASH-HEX FILE"), so that whoever wrote the file can check that every byte came back
 * while the checksum costs little next to the reading. Exits 1 if a read fails.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#define CHUNK 65536
#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

static unsigned char buffer[CHUNK + 4];

int main(int argc, char **argv)
{
	unsigned long hash = FNV_OFFSET;
	unsigned long long total = 0;
	ssize_t got;
	int fd;

	if (argc != 2) {
		fprintf(stderr, "usage: readsum FILE\n");
		return 2;
	}
	fd = open(argv[1], O_RDONLY);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	while ((got = read(fd, buffer, CHUNK)) > 0) {
		ssize_t i;

		for (i = got; i % 4 != 0; i++)
			buffer[i] = 0;
		for (i = 0; i < got; i += 4) {
			unsigned long word = (unsigned long)buffer[i] | (unsigned long)buffer[i + 1] << 8
				| (unsigned long)buffer[i + 2] << 16 | (unsigned long)buffer[i + 3] << 24;

			hash = ((hash ^ word) * FNV_PRIME) & 0xffffffffu;
		}
		total += (unsigned long long)got;
	}
	if (got < 0) {
		perror(argv[1]);
		return 1;
	}
	close(fd);
	printf("%llu %08lx %s\n", total, hash, argv[1]);
	return 0;
}
