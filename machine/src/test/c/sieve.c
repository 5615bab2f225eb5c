/* The sieve of Eratosthenes, with a bit array and a byte array. */
#include "runtime.h"

static unsigned char composite[100000];
static uint32_t bits[100000 / 32 + 1];

int main(int argc, char **argv) {
  int count = 0, bit_count = 0;
  uint32_t last = 0, sum = 0;
  for (int i = 2; i * i < 100000; i++)
    if (!composite[i])
      for (int j = i * i; j < 100000; j += i) composite[j] = 1;
  for (int i = 2; i < 100000; i++)
    if (!composite[i]) {
      count++;
      last = i;
      sum += i;
    }
  for (uint32_t i = 2; i * i < 100000; i++)
    if (!(bits[i >> 5] & (1u << (i & 31))))
      for (uint32_t j = i * i; j < 100000; j += i) bits[j >> 5] |= 1u << (j & 31);
  for (uint32_t i = 2; i < 100000; i++)
    if (!(bits[i >> 5] & (1u << (i & 31)))) bit_count++;
  print_text("sieve: primes below 100000: ");
  print_signed(count);
  print_text(" (bits: ");
  print_signed(bit_count);
  print_text(") largest ");
  print_unsigned(last);
  print_text(" sum ");
  print_unsigned(sum);
  print_line();
  return count == bit_count ? 0 : 1;
}
