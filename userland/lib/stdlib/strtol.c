/* strtol and its family: one unsigned 64-bit parser, clamped per type (ERANGE on overflow). */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

static int digit_value(int c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'z') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'Z') {
    return c - 'A' + 10;
  }
  return 99;
}

/* Parses the magnitude; *negative tells the sign, *overflow whether it passed 2^64 - 1. */
static unsigned long long parse(const char *s, char **end, int base, int *negative,
                                int *overflow) {
  const char *p = s;
  *negative = 0;
  *overflow = 0;
  if (base < 0 || base == 1 || base > 36) {
    errno = EINVAL;
    if (end != NULL) {
      *end = (char *)s;
    }
    return 0;
  }
  while (isspace((unsigned char)*p)) {
    p++;
  }
  if (*p == '+' || *p == '-') {
    *negative = *p == '-';
    p++;
  }
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')
      && digit_value((unsigned char)p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == '0' ? 8 : 10;
  }
  unsigned long long cutoff = ULLONG_MAX / (unsigned)base;
  int cutlim = (int)(ULLONG_MAX % (unsigned)base);
  unsigned long long value = 0;
  const char *digits = p;
  for (;; p++) {
    int d = digit_value((unsigned char)*p);
    if (d >= base) {
      break;
    }
    if (value > cutoff || (value == cutoff && d > cutlim)) {
      *overflow = 1;
    } else {
      value = value * (unsigned)base + (unsigned)d;
    }
  }
  if (end != NULL) {
    *end = (char *)(p == digits ? s : p);
  }
  return value;
}

unsigned long long strtoull(const char *s, char **end, int base) {
  int negative, overflow;
  unsigned long long value = parse(s, end, base, &negative, &overflow);
  if (overflow) {
    errno = ERANGE;
    return ULLONG_MAX;
  }
  return negative ? -value : value;
}

long long strtoll(const char *s, char **end, int base) {
  int negative, overflow;
  unsigned long long value = parse(s, end, base, &negative, &overflow);
  unsigned long long limit = negative ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
  if (overflow || value > limit) {
    errno = ERANGE;
    return negative ? LLONG_MIN : LLONG_MAX;
  }
  return negative ? (long long)-value : (long long)value;
}

unsigned long strtoul(const char *s, char **end, int base) {
  int negative, overflow;
  unsigned long long value = parse(s, end, base, &negative, &overflow);
  if (overflow || value > ULONG_MAX) {
    errno = ERANGE;
    return ULONG_MAX;
  }
  return negative ? -(unsigned long)value : (unsigned long)value;
}

long strtol(const char *s, char **end, int base) {
  int negative, overflow;
  unsigned long long value = parse(s, end, base, &negative, &overflow);
  unsigned long long limit = negative ? (unsigned long long)LONG_MAX + 1 : LONG_MAX;
  if (overflow || value > limit) {
    errno = ERANGE;
    return negative ? LONG_MIN : LONG_MAX;
  }
  return negative ? (long)-(unsigned long)value : (long)value;
}

intmax_t strtoimax(const char *s, char **end, int base) {
  return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *s, char **end, int base) {
  return strtoull(s, end, base);
}

int atoi(const char *s) {
  return (int)strtol(s, NULL, 10);
}

long atol(const char *s) {
  return strtol(s, NULL, 10);
}

long long atoll(const char *s) {
  return strtoll(s, NULL, 10);
}
