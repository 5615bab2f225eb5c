#include <stdio.h>
#include "check.h"

void test_scanf(void) {
  int a = 0, b = 0;
  unsigned int u = 0;
  char word[16], c = 0, set[16];
  CHECK_INT(sscanf("12 -34", "%d %d", &a, &b), 2);
  CHECK(a == 12 && b == -34);
  CHECK_INT(sscanf("ff 0x10 017", "%x %i %i", &u, &a, &b), 3);
  CHECK(u == 255 && a == 16 && b == 15);
  CHECK_INT(sscanf("  hello world", "%s", word), 1);
  CHECK_STR(word, "hello");
  CHECK_INT(sscanf("abcdef", "%3s", word), 1);
  CHECK_STR(word, "abc");
  CHECK_INT(sscanf("x y", "%c %c", &c, &word[0]), 2);
  CHECK(c == 'x' && word[0] == 'y');
  CHECK_INT(sscanf("key=value;", "%[a-z]=%[^;]", word, set), 2);
  CHECK_STR(word, "key");
  CHECK_STR(set, "value");
  CHECK_INT(sscanf("10:20", "%d:%d", &a, &b), 2);
  CHECK(a == 10 && b == 20);
  CHECK_INT(sscanf("10/20", "%d:%d", &a, &b), 1);
  CHECK_INT(sscanf("", "%d", &a), EOF);
  CHECK_INT(sscanf("abc", "%d", &a), 0);
  CHECK_INT(sscanf("1 2 3", "%*d %d", &a), 1);
  CHECK_INT(a, 2);
  long long big = 0;
  CHECK_INT(sscanf("-123456789012", "%lld", &big), 1);
  CHECK(big == -123456789012LL);
  int consumed = 0;
  CHECK_INT(sscanf("12345 rest", "%d%n", &a, &consumed), 1);
  CHECK_INT(consumed, 5);
  CHECK_INT(sscanf("100%", "%d%%", &a), 1);
  short s = 0;
  CHECK_INT(sscanf("-7", "%hd", &s), 1);
  CHECK_INT(s, -7);
}
