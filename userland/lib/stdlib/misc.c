/* abs, div, rand, errno. */
#include <stdlib.h>

int errno;

int abs(int value) {
  return value < 0 ? -value : value;
}

long labs(long value) {
  return value < 0 ? -value : value;
}

long long llabs(long long value) {
  return value < 0 ? -value : value;
}

div_t div(int numerator, int denominator) {
  div_t result = {numerator / denominator, numerator % denominator};
  return result;
}

ldiv_t ldiv(long numerator, long denominator) {
  ldiv_t result = {numerator / denominator, numerator % denominator};
  return result;
}

static unsigned int next = 1;

int rand_r(unsigned int *seed) {
  *seed = *seed * 1103515245u + 12345u;
  return (int)((*seed >> 1) & RAND_MAX);
}

int rand(void) {
  return rand_r(&next);
}

void srand(unsigned int seed) {
  next = seed;
}

long random(void) {
  return rand();
}

void srandom(unsigned int seed) {
  srand(seed);
}
