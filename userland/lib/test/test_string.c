#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "check.h"

void test_string(void) {
  char buffer[64];
  CHECK_INT(strlen(""), 0);
  CHECK_INT(strlen("hello"), 5);
  CHECK_INT(strnlen("hello", 3), 3);
  CHECK_STR(strcpy(buffer, "abc"), "abc");
  CHECK_STR(strcat(buffer, "def"), "abcdef");
  CHECK_STR(strncat(buffer, "ghijk", 2), "abcdefgh");
  memset(buffer, 'x', sizeof buffer);
  strncpy(buffer, "ab", 5);
  CHECK(buffer[2] == 0 && buffer[4] == 0 && buffer[5] == 'x');
  CHECK(strcmp("abc", "abd") < 0 && strcmp("b", "a") > 0 && strcmp("same", "same") == 0);
  CHECK(strcmp("\xff", "a") > 0); /* bytes compare unsigned */
  CHECK(strncmp("abcX", "abcY", 3) == 0 && strncmp("abcX", "abcY", 4) < 0);
  CHECK(strcasecmp("HeLLo", "hello") == 0 && strncasecmp("ABx", "aby", 2) == 0);
  CHECK(strcasecmp("a", "B") < 0);
  const char *s = "hello, world";
  CHECK(strchr(s, 'o') == s + 4 && strrchr(s, 'o') == s + 8 && strchr(s, 'z') == NULL);
  CHECK(strchr(s, '\0') == s + 12);
  CHECK(strstr(s, "wor") == s + 7 && strstr(s, "") == s && strstr(s, "xyz") == NULL);
  CHECK_INT(strspn("aabbc", "ab"), 4);
  CHECK_INT(strcspn("hello world", " "), 5);
  CHECK(strpbrk(s, ",w") == s + 5 && strpbrk(s, "XYZ") == NULL);
  char text[] = "  one,two;;three ";
  CHECK_STR(strtok(text, " ,;"), "one");
  CHECK_STR(strtok(NULL, " ,;"), "two");
  CHECK_STR(strtok(NULL, " ,;"), "three");
  CHECK(strtok(NULL, " ,;") == NULL);
  char again[] = "a:b", *saved;
  CHECK_STR(strtok_r(again, ":", &saved), "a");
  CHECK_STR(strtok_r(NULL, ":", &saved), "b");
  CHECK(strtok_r(NULL, ":", &saved) == NULL);
  char fields[] = "x::y", *cursor = fields;
  CHECK_STR(strsep(&cursor, ":"), "x");
  CHECK_STR(strsep(&cursor, ":"), "");
  CHECK_STR(strsep(&cursor, ":"), "y");
  CHECK(cursor == NULL);
  char *copy = strdup("duplicate");
  CHECK_STR(copy, "duplicate");
  free(copy);
  copy = strndup("duplicate", 3);
  CHECK_STR(copy, "dup");
  free(copy);
  char area[16] = "0123456789";
  memmove(area + 2, area, 8);
  CHECK_STR(area, "0101234567");
  memmove(area, area + 2, 9);
  CHECK_STR(area, "01234567");
  CHECK(memcmp("ab\0c", "ab\0d", 4) < 0 && memcmp("x", "y", 0) == 0);
  CHECK(memchr("abc", 'c', 3) != NULL && memchr("abc", 'c', 2) == NULL);
  unsigned char odd[11];
  memset(odd + 1, 0xab, 9);
  CHECK(odd[1] == 0xab && odd[9] == 0xab);
  memcpy(buffer + 1, "unaligned copy", 15);
  CHECK_STR(buffer + 1, "unaligned copy");
  CHECK_INT(strlcpy(buffer, "truncated", 5), 9);
  CHECK_STR(buffer, "trun");
  CHECK_STR(strerror(ENOENT), "no such file or directory");
  CHECK_STR(strerror(EDEADSRCDST), "source or destination is dead");
  CHECK_STR(strerror(9999), "unknown error 9999");
  CHECK_STR(strsignal(SIGSEGV), "Segmentation fault");
  CHECK_INT(ffs(0), 0);
  CHECK_INT(ffs(0x80), 8);
}

void test_ctype(void) {
  CHECK(isalpha('a') && isalpha('Z') && !isalpha('1') && !isalpha(200));
  CHECK(isdigit('0') && isdigit('9') && !isdigit('a'));
  CHECK(isxdigit('f') && isxdigit('F') && !isxdigit('g'));
  CHECK(isspace(' ') && isspace('\n') && isspace('\v') && !isspace('x'));
  CHECK(isupper('Q') && !isupper('q') && islower('q'));
  CHECK(ispunct('!') && !ispunct('a') && !ispunct(' '));
  CHECK(isprint(' ') && !isprint('\t') && isgraph('~') && !isgraph(' '));
  CHECK(iscntrl(0) && iscntrl(127) && !iscntrl('a'));
  CHECK(isalnum('z') && isalnum('5') && !isalnum('_') && isblank('\t'));
  CHECK(toupper('a') == 'A' && toupper('1') == '1' && tolower('Z') == 'z');
  CHECK(!isalpha(EOF) && !isdigit(EOF));
}
