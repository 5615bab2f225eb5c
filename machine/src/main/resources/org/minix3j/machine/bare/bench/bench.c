/*
 * minix3j CPU benchmark: a CPU-bound mix of a sieve, CRC-32, sorting and 64-bit arithmetic,
 * repeated argv[1] times (default 10). Prints one checksum line, so that runs on different
 * machines can be compared for equal results as well as for speed.
 */
#include "runtime.h"

static unsigned char composite[65536];
static uint32_t crc_table[256];
static unsigned char buffer[16384];
static int values[4096];

static uint32_t sieve(void) {
  uint32_t count = 0;
  memset(composite, 0, sizeof composite);
  for (uint32_t i = 2; i * i < sizeof composite; i++)
    if (!composite[i])
      for (uint32_t j = i * i; j < sizeof composite; j += i) composite[j] = 1;
  for (uint32_t i = 2; i < sizeof composite; i++) count += !composite[i];
  return count;
}

static uint32_t crc32(const unsigned char *bytes, size_t length) {
  uint32_t crc = 0xFFFFFFFFu;
  while (length--) crc = crc_table[(crc ^ *bytes++) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

static void sort(int *items, int low, int high) {
  while (low < high) {
    int pivot = items[(low + high) / 2], i = low, j = high;
    while (i <= j) {
      while (items[i] < pivot) i++;
      while (items[j] > pivot) j--;
      if (i <= j) {
        int swap = items[i];
        items[i++] = items[j];
        items[j--] = swap;
      }
    }
    if (j - low < high - i) {
      sort(items, low, j);
      low = i;
    } else {
      sort(items, i, high);
      high = j;
    }
  }
}

static uint64_t arithmetic(uint64_t seed) {
  uint64_t total = 0;
  for (int i = 1; i < 2000; i++) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    total += seed / (uint64_t)(i * 7919 + 1) + (uint64_t)((int64_t)seed % (int64_t)(i + 3));
  }
  return total;
}

static int parse(const char *text) {
  int value = 0;
  while (*text >= '0' && *text <= '9') value = value * 10 + (*text++ - '0');
  return value;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? parse(argv[1]) : 10;
  uint32_t seed = 1, checksum = 0;
  uint64_t wide = 0;
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
  for (int round = 0; round < rounds; round++) {
    checksum += sieve();
    for (size_t i = 0; i < sizeof buffer; i++) {
      seed = seed * 1103515245u + 12345u;
      buffer[i] = (unsigned char)(seed >> 16);
    }
    checksum ^= crc32(buffer, sizeof buffer);
    for (int i = 0; i < 4096; i++) {
      seed = seed * 1103515245u + 12345u;
      values[i] = (int)(seed >> 4);
    }
    sort(values, 0, 4095);
    checksum += (uint32_t)values[2048];
    wide += arithmetic(seed);
  }
  print_text("bench: rounds ");
  print_signed(rounds);
  print_text(" checksum ");
  print_hex(checksum);
  print_text(" ");
  print_unsigned64(wide);
  print_line();
  return 0;
}
