/* 64-bit arithmetic: multiplication, division and remainder (signed and unsigned), shifts. */
#include "runtime.h"

static volatile uint64_t inputs[] = {
    0, 1, 2, 3, 7, 10, 255, 0xFFFFFFFFull, 0x100000000ull, 0x123456789ABCDEFull,
    0x8000000000000000ull, 0xFFFFFFFFFFFFFFFFull, 1000000007ull, 0xDEADBEEFCAFEull,
    (uint64_t)-12345, (uint64_t)-1000000000000ll};

int main(int argc, char **argv) {
  int count = sizeof inputs / sizeof inputs[0];
  uint64_t mix = 0;
  for (int i = 0; i < count; i++) {
    for (int j = 0; j < count; j++) {
      uint64_t a = inputs[i], b = inputs[j];
      int64_t sa = (int64_t)a, sb = (int64_t)b;
      mix = mix * 6364136223846793005ull + a * b;
      if (b != 0) {
        mix ^= a / b + (a % b << 7);
        if (!(sa == (int64_t)0x8000000000000000ull && sb == -1)) mix += (uint64_t)(sa / sb) ^ (uint64_t)(sa % sb);
      }
      mix += (a << (j & 63)) ^ (a >> (i & 63)) ^ (uint64_t)(sa >> ((i + j) & 63));
    }
  }
  print_text("arith64: mix ");
  print_unsigned64(mix);
  print_text(" ");
  print_signed64((int64_t)inputs[15] / 7);
  print_text(" ");
  print_signed64((int64_t)inputs[15] % 7);
  print_text(" ");
  print_unsigned64(inputs[11] / 10);
  print_text(" ");
  print_unsigned64(inputs[9] % 1000000007ull);
  print_line();
  return (int)(mix & 0x7F);
}
