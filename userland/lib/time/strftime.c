/*
 * strftime: %a %A %b %B %c %C %d %D %e %F %H %I %j %m %M %n %p %R %s %S %t %T %u %w %x %X %y
 * %Y %z %Z %%. The zone is UTC.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const days[7] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                    "Thursday", "Friday", "Saturday"};
static const char *const months[12] = {"January", "February", "March", "April",
                                       "May", "June", "July", "August",
                                       "September", "October", "November", "December"};

struct out {
  char *buffer;
  size_t size;
  size_t used;
  int overflow;
};

static void emit(struct out *out, const char *s, size_t n) {
  if (out->used + n >= out->size) {
    out->overflow = 1;
    return;
  }
  memcpy(out->buffer + out->used, s, n);
  out->used += n;
}

static void emit_string(struct out *out, const char *s) {
  emit(out, s, strlen(s));
}

static void emit_number(struct out *out, const char *format, long value) {
  char text[24];
  int n = snprintf(text, sizeof text, format, value);
  emit(out, text, (size_t)n);
}

static const char *name(const char *const *table, int index, int count) {
  return index >= 0 && index < count ? table[index] : "?";
}

static void convert(struct out *out, const char *format, const struct tm *tm) {
  for (const char *p = format; *p != '\0' && !out->overflow; p++) {
    if (*p != '%') {
      emit(out, p, 1);
      continue;
    }
    char c = *++p;
    if (c == 'E' || c == 'O') {
      c = *++p;
    }
    char abbreviation[4];
    switch (c) {
      case 'a':
      case 'A':
      case 'b':
      case 'h':
      case 'B': {
        const char *full = c == 'a' || c == 'A' ? name(days, tm->tm_wday, 7)
                                                : name(months, tm->tm_mon, 12);
        if (c == 'A' || c == 'B') {
          emit_string(out, full);
        } else {
          strncpy(abbreviation, full, 3);
          abbreviation[3] = '\0';
          emit_string(out, abbreviation);
        }
        break;
      }
      case 'c': convert(out, "%a %b %e %H:%M:%S %Y", tm); break;
      case 'C': emit_number(out, "%02ld", (1900L + tm->tm_year) / 100); break;
      case 'd': emit_number(out, "%02ld", tm->tm_mday); break;
      case 'D': convert(out, "%m/%d/%y", tm); break;
      case 'e': emit_number(out, "%2ld", tm->tm_mday); break;
      case 'F': convert(out, "%Y-%m-%d", tm); break;
      case 'H': emit_number(out, "%02ld", tm->tm_hour); break;
      case 'I': emit_number(out, "%02ld", tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12); break;
      case 'j': emit_number(out, "%03ld", tm->tm_yday + 1); break;
      case 'm': emit_number(out, "%02ld", tm->tm_mon + 1); break;
      case 'M': emit_number(out, "%02ld", tm->tm_min); break;
      case 'n': emit(out, "\n", 1); break;
      case 'p': emit_string(out, tm->tm_hour < 12 ? "AM" : "PM"); break;
      case 'R': convert(out, "%H:%M", tm); break;
      case 's': {
        struct tm copy = *tm;
        emit_number(out, "%ld", (long)timegm(&copy));
        break;
      }
      case 'S': emit_number(out, "%02ld", tm->tm_sec); break;
      case 't': emit(out, "\t", 1); break;
      case 'T': convert(out, "%H:%M:%S", tm); break;
      case 'u': emit_number(out, "%ld", tm->tm_wday == 0 ? 7 : tm->tm_wday); break;
      case 'w': emit_number(out, "%ld", tm->tm_wday); break;
      case 'x': convert(out, "%m/%d/%y", tm); break;
      case 'X': convert(out, "%H:%M:%S", tm); break;
      case 'y': emit_number(out, "%02ld", (1900L + tm->tm_year) % 100); break;
      case 'Y': emit_number(out, "%ld", 1900L + tm->tm_year); break;
      case 'z': emit_string(out, "+0000"); break;
      case 'Z': emit_string(out, "UTC"); break;
      case '%': emit(out, "%", 1); break;
      case '\0': return;
      default: emit(out, p - 1, 2); break;
    }
  }
}

size_t strftime(char *buffer, size_t size, const char *format, const struct tm *tm) {
  struct out out = {buffer, size, 0, 0};
  if (size == 0) {
    return 0;
  }
  convert(&out, format, tm);
  if (out.overflow) {
    buffer[0] = '\0';
    return 0;
  }
  buffer[out.used] = '\0';
  return out.used;
}
