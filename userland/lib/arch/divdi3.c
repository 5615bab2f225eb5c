/*
 * The 64-bit division helpers gcc calls on i386 (libgcc's names; there is no 32-bit libgcc
 * here). Shift-and-subtract, with a 32-bit fast path; division by zero divides by zero in
 * 32 bits, so the CPU raises #DE as for int.
 */
typedef unsigned long long u64;
typedef long long s64;
typedef unsigned int u32;

u64 __udivmoddi4(u64 numerator, u64 denominator, u64 *remainder);
u64 __udivdi3(u64 numerator, u64 denominator);
u64 __umoddi3(u64 numerator, u64 denominator);
s64 __divdi3(s64 numerator, s64 denominator);
s64 __moddi3(s64 numerator, s64 denominator);
s64 __divmoddi4(s64 numerator, s64 denominator, s64 *remainder);

static u32 divide_by_zero(void) {
  volatile u32 zero = 0;
  return 1 / zero;
}

u64 __udivmoddi4(u64 numerator, u64 denominator, u64 *remainder) {
  if (denominator == 0) {
    return divide_by_zero();
  }
  if ((numerator >> 32) == 0 && (denominator >> 32) == 0) {
    u32 n = (u32)numerator, d = (u32)denominator;
    if (remainder != 0) {
      *remainder = n % d;
    }
    return n / d;
  }
  u64 quotient = 0;
  u64 rest = 0;
  int bits = 64;
  while (bits > 0 && (numerator >> 63) == 0) {
    numerator <<= 1;
    bits--;
  }
  for (; bits > 0; bits--) {
    rest = (rest << 1) | (numerator >> 63);
    numerator <<= 1;
    quotient <<= 1;
    if (rest >= denominator) {
      rest -= denominator;
      quotient |= 1;
    }
  }
  if (remainder != 0) {
    *remainder = rest;
  }
  return quotient;
}

u64 __udivdi3(u64 numerator, u64 denominator) {
  return __udivmoddi4(numerator, denominator, 0);
}

u64 __umoddi3(u64 numerator, u64 denominator) {
  u64 remainder;
  __udivmoddi4(numerator, denominator, &remainder);
  return remainder;
}

s64 __divmoddi4(s64 numerator, s64 denominator, s64 *remainder) {
  int negative_quotient = (numerator < 0) != (denominator < 0);
  u64 n = numerator < 0 ? -(u64)numerator : (u64)numerator;
  u64 d = denominator < 0 ? -(u64)denominator : (u64)denominator;
  u64 rest;
  u64 quotient = __udivmoddi4(n, d, &rest);
  if (remainder != 0) {
    *remainder = (s64)(numerator < 0 ? -rest : rest);
  }
  return (s64)(negative_quotient ? -quotient : quotient);
}

s64 __divdi3(s64 numerator, s64 denominator) {
  return __divmoddi4(numerator, denominator, 0);
}

s64 __moddi3(s64 numerator, s64 denominator) {
  s64 remainder;
  __divmoddi4(numerator, denominator, &remainder);
  return remainder;
}
