/* String functions: copying, comparing, searching, reversing, number formatting. */
#include "runtime.h"

static char *copy(char *target, const char *source) {
  char *start = target;
  while ((*target++ = *source++)) {
  }
  return start;
}

static int compare(const char *left, const char *right) {
  while (*left && *left == *right) left++, right++;
  return (unsigned char)*left - (unsigned char)*right;
}

static const char *find(const char *text, const char *pattern) {
  size_t length = strlen(pattern);
  for (; *text; text++)
    if (memcmp(text, pattern, length) == 0) return text;
  return 0;
}

static void reverse(char *text) {
  size_t length = strlen(text);
  for (size_t i = 0; i < length / 2; i++) {
    char swap = text[i];
    text[i] = text[length - 1 - i];
    text[length - 1 - i] = swap;
  }
}

static char *format(int value, char *buffer, int base) {
  char *at = buffer;
  unsigned magnitude = value < 0 ? -(unsigned)value : (unsigned)value;
  do {
    *at++ = "0123456789abcdefghijklmnopqrstuvwxyz"[magnitude % base];
    magnitude /= base;
  } while (magnitude);
  if (value < 0) *at++ = '-';
  *at = 0;
  reverse(buffer);
  return buffer;
}

int main(int argc, char **argv) {
  char buffer[128], number[40];
  copy(buffer, "the quick brown fox jumps over the lazy dog");
  reverse(buffer);
  print_text(buffer);
  print_line();
  print_text(find("minix3j reliability architecture", "reliab"));
  print_line();
  memmove(buffer + 4, buffer, 20);
  buffer[24] = 0;
  print_text(buffer);
  print_line();
  memset(buffer, 'x', 10);
  buffer[10] = 0;
  print_text(buffer);
  print_text(" ");
  print_signed(compare("abc", "abd"));
  print_text(" ");
  print_signed(compare("abc", "abc"));
  print_text(" ");
  print_text(format(-123456, number, 10));
  print_text(" ");
  print_text(format(0x7FFFFFFF, number, 36));
  print_text(" ");
  print_text(format(-2147483647 - 1, number, 16));
  print_line();
  for (int i = 0; i < argc; i++) {
    print_text("argv: ");
    print_text(argv[i]);
    print_line();
  }
  return (int)strlen(buffer);
}
