/* Bit tricks: population count, leading/trailing zeros, reversal, rotation, byte swaps. */
#include "runtime.h"

static int popcount(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  return (int)((((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
}

static uint32_t reverse_bits(uint32_t x) {
  x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
  x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
  x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
  x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
  return (x >> 16) | (x << 16);
}

static uint32_t rotate_left(uint32_t x, int n) { return (x << (n & 31)) | (x >> ((32 - n) & 31)); }

int main(int argc, char **argv) {
  uint32_t x = 0x12345678u, mix = 0;
  for (int i = 0; i < 2000; i++) {
    x = x * 2654435761u + (uint32_t)i;
    mix += (uint32_t)popcount(x) + (uint32_t)(x ? __builtin_clz(x) : 32) * 3
        + (uint32_t)(x ? __builtin_ctz(x) : 32) * 5;
    mix ^= reverse_bits(x) + rotate_left(x, i) + __builtin_bswap32(x);
    mix += (uint32_t)((int32_t)x >> (i & 31)) + (uint32_t)(x & -x) + (uint32_t)__builtin_parity(x);
  }
  print_text("bits: ");
  print_hex(mix);
  print_text(" ");
  print_signed(popcount(0xF0F0F0F0u));
  print_text(" ");
  print_hex(reverse_bits(1));
  print_line();
  return popcount(mix);
}
