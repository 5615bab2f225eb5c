/*
 * The scanf engine: conversions d i u x X o s c [ ] n %, assignment suppression (*), widths,
 * length modifiers hh h l ll z j t. White space in the format matches any amount of input white
 * space. Returns the number of assignments, or EOF if input ended before the first conversion.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

enum size { SIZE_CHAR, SIZE_SHORT, SIZE_INT, SIZE_LONG_LONG };

static int next(struct source *source) {
  int c = source->get(source);
  if (c != EOF) {
    source->consumed++;
  }
  return c;
}

static void back(struct source *source, int c) {
  if (c != EOF) {
    source->unget(source, c);
    source->consumed--;
  }
}

static void store_integer(void *target, enum size size, unsigned long long value) {
  switch (size) {
    case SIZE_CHAR: *(char *)target = (char)value; break;
    case SIZE_SHORT: *(short *)target = (short)value; break;
    case SIZE_LONG_LONG: *(long long *)target = (long long)value; break;
    default: *(int *)target = (int)value; break;
  }
}

static int digit_in_base(int c, int base) {
  if (base == 16) {
    return isxdigit(c);
  }
  if (base == 8) {
    return c >= '0' && c <= '7';
  }
  return isdigit(c);
}

/* Reads an integer of at most width characters into text; 0 if none matched. */
static int scan_integer(struct source *source, int base, int width, char *text, size_t room) {
  size_t n = 0;
  int c = next(source);
  if ((c == '+' || c == '-') && width > 0) {
    text[n++] = (char)c;
    width--;
    c = next(source);
  }
  if ((base == 0 || base == 16) && c == '0' && width > 0) {
    text[n++] = (char)c;
    width--;
    c = next(source);
    if ((c == 'x' || c == 'X') && width > 0) {
      text[n++] = (char)c;
      width--;
      c = next(source);
      base = 16;
    } else if (base == 0) {
      base = 8;
    }
  } else if (base == 0) {
    base = 10;
  }
  while (width > 0 && c != EOF && digit_in_base(c, base) && n < room - 1) {
    text[n++] = (char)c;
    width--;
    c = next(source);
  }
  back(source, c);
  text[n] = '\0';
  return n > 0 && isxdigit((unsigned char)text[n - 1]);
}

int __scan(struct source *source, const char *format, va_list original) {
  va_list args;
  va_copy(args, original);
  int assigned = 0;
  int converted_any = 0;
  const char *p = format;
  while (*p != '\0') {
    if (isspace((unsigned char)*p)) {
      int c;
      do {
        c = next(source);
      } while (c != EOF && isspace(c));
      back(source, c);
      p++;
      continue;
    }
    if (*p != '%' || p[1] == '%') {
      int expected = (unsigned char)(*p == '%' ? *++p : *p);
      int c = next(source);
      if (expected == '%') {
        while (c != EOF && isspace(c)) {
          c = next(source);
        }
      }
      if (c != expected) {
        back(source, c);
        if (c == EOF && !converted_any) {
          assigned = EOF;
        }
        break;
      }
      p++;
      continue;
    }
    p++;
    int suppress = 0;
    if (*p == '*') {
      suppress = 1;
      p++;
    }
    int width = 0;
    while (isdigit((unsigned char)*p)) {
      width = width * 10 + (*p++ - '0');
    }
    enum size size = SIZE_INT;
    if (*p == 'h') {
      size = p[1] == 'h' ? SIZE_CHAR : SIZE_SHORT;
      p += p[1] == 'h' ? 2 : 1;
    } else if (*p == 'l') {
      size = p[1] == 'l' ? SIZE_LONG_LONG : SIZE_INT;
      p += p[1] == 'l' ? 2 : 1;
    } else if (*p == 'j' || *p == 'L' || *p == 'q') {
      size = SIZE_LONG_LONG;
      p++;
    } else if (*p == 'z' || *p == 't') {
      p++;
    }
    char conversion = *p++;
    if (conversion == '\0') {
      break;
    }
    if (conversion == 'n') {
      if (!suppress) {
        store_integer(va_arg(args, void *), size, (unsigned long long)source->consumed);
      }
      continue;
    }
    if (conversion != 'c' && conversion != '[') {
      int c;
      do {
        c = next(source);
      } while (c != EOF && isspace(c));
      back(source, c);
      if (c == EOF) {
        if (!converted_any) {
          assigned = EOF;
        }
        break;
      }
    }
    int failed = 0;
    switch (conversion) {
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'p': {
        int base = conversion == 'd' || conversion == 'u' ? 10
                 : conversion == 'i' ? 0
                 : conversion == 'o' ? 8 : 16;
        char text[72];
        if (!scan_integer(source, base, width > 0 ? width : 70, text, sizeof text)) {
          failed = 1;
          break;
        }
        unsigned long long value = conversion == 'd' || conversion == 'i'
                                       ? (unsigned long long)strtoll(text, NULL, base)
                                       : strtoull(text, NULL, base);
        if (!suppress) {
          store_integer(va_arg(args, void *), conversion == 'p' ? SIZE_INT : size, value);
          assigned++;
        }
        break;
      }
      case 's': {
        char *out = suppress ? NULL : va_arg(args, char *);
        int n = 0;
        int c = next(source);
        while (c != EOF && !isspace(c) && (width == 0 || n < width)) {
          if (out != NULL) {
            out[n] = (char)c;
          }
          n++;
          c = next(source);
        }
        back(source, c);
        if (out != NULL) {
          out[n] = '\0';
          assigned++;
        }
        break;
      }
      case 'c': {
        char *out = suppress ? NULL : va_arg(args, char *);
        int count = width > 0 ? width : 1;
        for (int i = 0; i < count; i++) {
          int c = next(source);
          if (c == EOF) {
            failed = 1;
            break;
          }
          if (out != NULL) {
            out[i] = (char)c;
          }
        }
        if (!failed && out != NULL) {
          assigned++;
        }
        break;
      }
      case '[': {
        unsigned char set[256];
        int negate = 0;
        if (*p == '^') {
          negate = 1;
          p++;
        }
        memset(set, 0, sizeof set);
        if (*p == ']') {
          set[(unsigned char)']'] = 1;
          p++;
        }
        while (*p != '\0' && *p != ']') {
          if (p[1] == '-' && p[2] != '\0' && p[2] != ']') {
            for (int c = (unsigned char)p[0]; c <= (unsigned char)p[2]; c++) {
              set[c] = 1;
            }
            p += 3;
          } else {
            set[(unsigned char)*p++] = 1;
          }
        }
        if (*p == ']') {
          p++;
        }
        char *out = suppress ? NULL : va_arg(args, char *);
        int n = 0;
        int c = next(source);
        while (c != EOF && (set[c] != negate) && (width == 0 || n < width)) {
          if (out != NULL) {
            out[n] = (char)c;
          }
          n++;
          c = next(source);
        }
        back(source, c);
        if (n == 0) {
          failed = 1;
          break;
        }
        if (out != NULL) {
          out[n] = '\0';
          assigned++;
        }
        break;
      }
      default:
        failed = 1;
        break;
    }
    if (failed) {
      break;
    }
    converted_any = 1;
  }
  va_end(args);
  return assigned;
}

static int string_get(struct source *source) {
  const unsigned char **at = source->context;
  if (**at == '\0') {
    return EOF;
  }
  return *(*at)++;
}

static void string_unget(struct source *source, int c) {
  const unsigned char **at = source->context;
  (*at)--;
}

int vsscanf(const char *s, const char *format, va_list args) {
  const unsigned char *at = (const unsigned char *)s;
  struct source source = {string_get, string_unget, &at, 0};
  return __scan(&source, format, args);
}

int sscanf(const char *s, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vsscanf(s, format, args);
  va_end(args);
  return n;
}

static int stream_get(struct source *source) {
  return fgetc(source->context);
}

static void stream_unget(struct source *source, int c) {
  ungetc(c, source->context);
}

int vfscanf(FILE *stream, const char *format, va_list args) {
  struct source source = {stream_get, stream_unget, stream, 0};
  return __scan(&source, format, args);
}

int fscanf(FILE *stream, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vfscanf(stream, format, args);
  va_end(args);
  return n;
}

int vscanf(const char *format, va_list args) {
  return vfscanf(stdin, format, args);
}

int scanf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vfscanf(stdin, format, args);
  va_end(args);
  return n;
}
