/* minix3j bare-machine runtime: system calls, 64-bit division, memory and output helpers. */
#include "runtime.h"

int sys_write(int descriptor, const void *buffer, size_t count) {
  int result;
  __asm__ volatile("int $0x80"
                   : "=a"(result)
                   : "a"(4), "b"(descriptor), "c"(buffer), "d"(count)
                   : "memory");
  return result;
}

void sys_exit(int status) {
  __asm__ volatile("int $0x80" : : "a"(1), "b"(status) : "memory");
  for (;;) {
  }
}

void *memcpy(void *target, const void *source, size_t count) {
  unsigned char *to = target;
  const unsigned char *from = source;
  while (count--) *to++ = *from++;
  return target;
}

void *memmove(void *target, const void *source, size_t count) {
  unsigned char *to = target;
  const unsigned char *from = source;
  if (to < from) {
    while (count--) *to++ = *from++;
  } else {
    while (count--) to[count] = from[count];
  }
  return target;
}

void *memset(void *target, int value, size_t count) {
  unsigned char *to = target;
  while (count--) *to++ = (unsigned char)value;
  return target;
}

int memcmp(const void *left, const void *right, size_t count) {
  const unsigned char *a = left, *b = right;
  for (; count; count--, a++, b++) {
    if (*a != *b) return *a < *b ? -1 : 1;
  }
  return 0;
}

size_t strlen(const char *text) {
  size_t length = 0;
  while (text[length]) length++;
  return length;
}

/* Unsigned 64-bit division by shift and subtract; *remainder gets the remainder. */
static uint64_t divide_unsigned(uint64_t dividend, uint64_t divisor, uint64_t *remainder) {
  uint64_t quotient = 0, rest = 0;
  int bit;
  if (divisor == 0) {
    volatile int zero = 0;
    return 1 / zero; /* raise #DE as hardware would */
  }
  if ((divisor >> 32) == 0 && (dividend >> 32) == 0) {
    uint32_t a = (uint32_t)dividend, b = (uint32_t)divisor;
    *remainder = a % b;
    return a / b;
  }
  for (bit = 63; bit >= 0; bit--) {
    rest = (rest << 1) | ((dividend >> bit) & 1);
    if (rest >= divisor) {
      rest -= divisor;
      quotient |= (uint64_t)1 << bit;
    }
  }
  *remainder = rest;
  return quotient;
}

uint64_t __udivdi3(uint64_t dividend, uint64_t divisor) {
  uint64_t remainder;
  return divide_unsigned(dividend, divisor, &remainder);
}

uint64_t __umoddi3(uint64_t dividend, uint64_t divisor) {
  uint64_t remainder;
  divide_unsigned(dividend, divisor, &remainder);
  return remainder;
}

int64_t __divdi3(int64_t dividend, int64_t divisor) {
  uint64_t remainder;
  int negative = (dividend < 0) != (divisor < 0);
  uint64_t a = dividend < 0 ? -(uint64_t)dividend : (uint64_t)dividend;
  uint64_t b = divisor < 0 ? -(uint64_t)divisor : (uint64_t)divisor;
  uint64_t quotient = divide_unsigned(a, b, &remainder);
  return negative ? -(int64_t)quotient : (int64_t)quotient;
}

uint64_t __udivmoddi4(uint64_t dividend, uint64_t divisor, uint64_t *remainder) {
  uint64_t rest;
  uint64_t quotient = divide_unsigned(dividend, divisor, &rest);
  if (remainder) *remainder = rest;
  return quotient;
}

int64_t __divmoddi4(int64_t dividend, int64_t divisor, int64_t *remainder) {
  int64_t quotient = __divdi3(dividend, divisor);
  if (remainder) *remainder = dividend - quotient * divisor;
  return quotient;
}

int64_t __moddi3(int64_t dividend, int64_t divisor) {
  uint64_t remainder;
  uint64_t a = dividend < 0 ? -(uint64_t)dividend : (uint64_t)dividend;
  uint64_t b = divisor < 0 ? -(uint64_t)divisor : (uint64_t)divisor;
  divide_unsigned(a, b, &remainder);
  return dividend < 0 ? -(int64_t)remainder : (int64_t)remainder;
}

void print_text(const char *text) { sys_write(1, text, strlen(text)); }

void print_line(void) { sys_write(1, "\n", 1); }

void print_unsigned64(uint64_t value) {
  char digits[24];
  int at = sizeof digits;
  do {
    digits[--at] = (char)('0' + value % 10);
    value /= 10;
  } while (value);
  sys_write(1, digits + at, sizeof digits - at);
}

void print_signed64(int64_t value) {
  if (value < 0) {
    sys_write(1, "-", 1);
    print_unsigned64(-(uint64_t)value);
  } else {
    print_unsigned64((uint64_t)value);
  }
}

void print_unsigned(uint32_t value) { print_unsigned64(value); }

void print_signed(int32_t value) { print_signed64(value); }

void print_hex(uint32_t value) {
  char digits[8];
  int at;
  for (at = 7; at >= 0; at--) {
    digits[at] = "0123456789abcdef"[value & 15];
    value >>= 4;
  }
  sys_write(1, digits, 8);
}
