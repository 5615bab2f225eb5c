/*
 * The printf engine: conversions d i u x X o c s p n %, flags - + space # 0, width and
 * precision (digits or *), length modifiers hh h l ll z j t L. No floating point: %e %f %g %a
 * print the conversion as written. Output goes to a sink, so the same code serves streams,
 * strings and descriptors.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "stdio_impl.h"

#define LEFT 1
#define PLUS 2
#define SPACE 4
#define ALTERNATE 8
#define ZERO 16

static void put(struct sink *sink, const char *bytes, size_t n) {
  sink->count += n;
  if (n > 0) {
    sink->put(sink, bytes, n);
  }
}

static void pad(struct sink *sink, char c, int n) {
  char block[16];
  memset(block, c, sizeof block);
  while (n > 0) {
    int chunk = n < (int)sizeof block ? n : (int)sizeof block;
    put(sink, block, (size_t)chunk);
    n -= chunk;
  }
}

/* Digits of value in base, written backwards ending at end; returns the first digit. */
static char *digits(char *end, unsigned long long value, unsigned base, int upper) {
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char *p = end;
  if ((value >> 32) == 0) {
    unsigned int small = (unsigned int)value;
    do {
      *--p = set[small % base];
      small /= base;
    } while (small != 0);
    return p;
  }
  do {
    *--p = set[value % base];
    value /= base;
  } while (value != 0);
  return p;
}

static void number(struct sink *sink, unsigned long long value, int negative, unsigned base,
                   int upper, int flags, int width, int precision) {
  char buffer[24];
  char *end = buffer + sizeof buffer;
  char *first = end;
  if (!(value == 0 && precision == 0)) {
    first = digits(end, value, base, upper);
  }
  int length = (int)(end - first);
  char prefix[3];
  int prefix_length = 0;
  if (negative) {
    prefix[prefix_length++] = '-';
  } else if (flags & PLUS) {
    prefix[prefix_length++] = '+';
  } else if (flags & SPACE) {
    prefix[prefix_length++] = ' ';
  }
  if ((flags & ALTERNATE) && base == 16 && value != 0) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = upper ? 'X' : 'x';
  }
  int zeros = precision > length ? precision - length : 0;
  if ((flags & ALTERNATE) && base == 8 && zeros == 0 && (length == 0 || *first != '0')) {
    zeros = 1;
  }
  int total = prefix_length + zeros + length;
  if ((flags & ZERO) && !(flags & LEFT) && precision < 0 && width > total) {
    zeros += width - total;
    total = width;
  }
  if (!(flags & LEFT)) {
    pad(sink, ' ', width - total);
  }
  put(sink, prefix, (size_t)prefix_length);
  pad(sink, '0', zeros);
  put(sink, first, (size_t)length);
  if (flags & LEFT) {
    pad(sink, ' ', width - total);
  }
}

static void text(struct sink *sink, const char *s, int length, int flags, int width) {
  if (!(flags & LEFT)) {
    pad(sink, ' ', width - length);
  }
  put(sink, s, (size_t)length);
  if (flags & LEFT) {
    pad(sink, ' ', width - length);
  }
}

enum size { SIZE_CHAR, SIZE_SHORT, SIZE_INT, SIZE_LONG, SIZE_LONG_LONG, SIZE_MAX_T };

static long long signed_argument(va_list *args, enum size size) {
  switch (size) {
    case SIZE_CHAR: return (signed char)va_arg(*args, int);
    case SIZE_SHORT: return (short)va_arg(*args, int);
    case SIZE_LONG_LONG:
    case SIZE_MAX_T: return va_arg(*args, long long);
    case SIZE_LONG: return va_arg(*args, long);
    default: return va_arg(*args, int);
  }
}

static unsigned long long unsigned_argument(va_list *args, enum size size) {
  switch (size) {
    case SIZE_CHAR: return (unsigned char)va_arg(*args, unsigned int);
    case SIZE_SHORT: return (unsigned short)va_arg(*args, unsigned int);
    case SIZE_LONG_LONG:
    case SIZE_MAX_T: return va_arg(*args, unsigned long long);
    case SIZE_LONG: return va_arg(*args, unsigned long);
    default: return va_arg(*args, unsigned int);
  }
}

int __format(struct sink *sink, const char *format, va_list original) {
  va_list args;
  va_copy(args, original);
  const char *p = format;
  while (*p != '\0') {
    if (*p != '%') {
      const char *start = p;
      while (*p != '\0' && *p != '%') {
        p++;
      }
      put(sink, start, (size_t)(p - start));
      continue;
    }
    const char *spec = p++;
    int flags = 0;
    for (;; p++) {
      if (*p == '-') flags |= LEFT;
      else if (*p == '+') flags |= PLUS;
      else if (*p == ' ') flags |= SPACE;
      else if (*p == '#') flags |= ALTERNATE;
      else if (*p == '0') flags |= ZERO;
      else break;
    }
    int width = 0;
    if (*p == '*') {
      width = va_arg(args, int);
      if (width < 0) {
        flags |= LEFT;
        width = -width;
      }
      p++;
    } else {
      while (*p >= '0' && *p <= '9') {
        width = width * 10 + (*p++ - '0');
      }
    }
    int precision = -1;
    if (*p == '.') {
      p++;
      precision = 0;
      if (*p == '*') {
        precision = va_arg(args, int);
        if (precision < 0) {
          precision = -1;
        }
        p++;
      } else {
        while (*p >= '0' && *p <= '9') {
          precision = precision * 10 + (*p++ - '0');
        }
      }
    }
    enum size size = SIZE_INT;
    switch (*p) {
      case 'h':
        size = p[1] == 'h' ? SIZE_CHAR : SIZE_SHORT;
        p += p[1] == 'h' ? 2 : 1;
        break;
      case 'l':
        size = p[1] == 'l' ? SIZE_LONG_LONG : SIZE_LONG;
        p += p[1] == 'l' ? 2 : 1;
        break;
      case 'j': size = SIZE_MAX_T; p++; break;
      case 'L':
      case 'q': size = SIZE_LONG_LONG; p++; break;
      case 'z':
      case 't': size = SIZE_INT; p++; break; /* size_t and ptrdiff_t are 32 bits */
      default: break;
    }
    char c = *p;
    if (c == '\0') {
      put(sink, spec, (size_t)(p - spec));
      break;
    }
    p++;
    switch (c) {
      case 'd':
      case 'i': {
        long long value = signed_argument(&args, size);
        unsigned long long magnitude = value < 0 ? -(unsigned long long)value : (unsigned long long)value;
        number(sink, magnitude, value < 0, 10, 0, flags, width, precision);
        break;
      }
      case 'u':
        number(sink, unsigned_argument(&args, size), 0, 10, 0, flags & ~(PLUS | SPACE), width,
               precision);
        break;
      case 'x':
      case 'X':
        number(sink, unsigned_argument(&args, size), 0, 16, c == 'X', flags & ~(PLUS | SPACE),
               width, precision);
        break;
      case 'o':
        number(sink, unsigned_argument(&args, size), 0, 8, 0, flags & ~(PLUS | SPACE), width,
               precision);
        break;
      case 'p': {
        void *pointer = va_arg(args, void *);
        if (pointer == NULL) {
          text(sink, "(nil)", 5, flags, width);
        } else {
          number(sink, (uintptr_t)pointer, 0, 16, 0, (flags & ~(PLUS | SPACE)) | ALTERNATE,
                 width, precision);
        }
        break;
      }
      case 'c': {
        char ch = (char)va_arg(args, int);
        text(sink, &ch, 1, flags, width);
        break;
      }
      case 's': {
        const char *s = va_arg(args, const char *);
        if (s == NULL) {
          s = "(null)";
        }
        int length = precision >= 0 ? (int)strnlen(s, (size_t)precision) : (int)strlen(s);
        text(sink, s, length, flags, width);
        break;
      }
      case 'n': {
        void *target = va_arg(args, void *);
        if (size == SIZE_CHAR) *(signed char *)target = (signed char)sink->count;
        else if (size == SIZE_SHORT) *(short *)target = (short)sink->count;
        else if (size == SIZE_LONG_LONG || size == SIZE_MAX_T) *(long long *)target = (long long)sink->count;
        else *(int *)target = (int)sink->count;
        break;
      }
      case '%':
        put(sink, "%", 1);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
        if (size == SIZE_LONG_LONG) {
          (void)va_arg(args, long double);
        } else {
          (void)va_arg(args, double);
        }
        put(sink, spec, (size_t)(p - spec));
        break;
      default:
        put(sink, spec, (size_t)(p - spec));
        break;
    }
  }
  va_end(args);
  return (int)sink->count;
}
