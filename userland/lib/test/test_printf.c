#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include "check.h"

static char out[256];

#define FORMAT(expected, ...) \
  (snprintf(out, sizeof out, __VA_ARGS__), CHECK_STR(out, expected))

void test_printf(void) {
  FORMAT("42", "%d", 42);
  FORMAT("-42", "%i", -42);
  FORMAT("[   42]", "[%5d]", 42);
  FORMAT("[42   ]", "[%-5d]", 42);
  FORMAT("[00042]", "[%05d]", 42);
  FORMAT("[-0042]", "[%05d]", -42);
  FORMAT("[+42]", "[%+d]", 42);
  FORMAT("[ 42]", "[% d]", 42);
  FORMAT("[  042]", "[%5.3d]", 42);
  FORMAT("[]", "[%.0d]", 0);
  FORMAT("[    ]", "[%4.0d]", 0);
  FORMAT("-2147483648", "%d", INT_MIN);
  FORMAT("4294967295", "%u", 4294967295u);
  FORMAT("ff FF 0xff 0XFF", "%x %X %#x %#X", 255, 255, 255, 255);
  FORMAT("0 0", "%#x %#o", 0, 0);
  FORMAT("17 017", "%o %#o", 15, 15);
  FORMAT("[0x002a]", "[%#06x]", 42);
  FORMAT("-9223372036854775808", "%lld", LLONG_MIN);
  FORMAT("18446744073709551615", "%llu", ULLONG_MAX);
  FORMAT("123456789abcdef0", "%llx", 0x123456789abcdef0ULL);
  FORMAT("1777777777777777777777", "%llo", ULLONG_MAX);
  FORMAT("-1 65535 255 -1", "%ld %hu %hhu %hhd", -1L, 65535, 255, 255);
  FORMAT("-5 7 -3", "%jd %zu %td", (intmax_t)-5, (size_t)7, (ptrdiff_t)-3);
  FORMAT("[  abc]", "[%5s]", "abc");
  FORMAT("[abc  ]", "[%-5s]", "abc");
  FORMAT("[ab]", "[%.2s]", "abc");
  FORMAT("[   ab]", "[%*.*s]", 5, 2, "abc");
  FORMAT("[ab   ]", "[%*s]", -5, "ab");
  char *volatile nothing = NULL;
  FORMAT("(null)", "%s", nothing);
  FORMAT("[x] [  y]", "[%c] [%3c]", 'x', 'y');
  FORMAT("100%", "%d%%", 100);
  FORMAT("0x1234", "%p", (void *)0x1234);
  FORMAT("(nil)", "%p", (void *)0);
  FORMAT("%f", "%f", 1.5);
  const char *trailing = "a%";
  FORMAT("a%", trailing, 0);
  int count = 0;
  FORMAT("hello", "hel%nlo", &count);
  CHECK_INT(count, 3);
  CHECK_INT(snprintf(out, 4, "%s", "truncated"), 9);
  CHECK_STR(out, "tru");
  CHECK_INT(snprintf(NULL, 0, "%d", 12345), 5);
  char buffer[32];
  CHECK_INT(sprintf(buffer, "%s-%d", "x", 7), 3);
  CHECK_STR(buffer, "x-7");
  char *allocated;
  CHECK_INT(asprintf(&allocated, "%0*d", 10, 5), 10);
  CHECK_STR(allocated, "0000000005");
  free(allocated);
  char wide[600];
  snprintf(wide, sizeof wide, "%500d|", 1);
  CHECK_INT(strlen(wide), 501);
  CHECK(wide[498] == ' ' && wide[499] == '1');
}
