#include <setjmp.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static jmp_buf target;
static int depth;

static void dive(int n) {
  depth = n;
  if (n >= 10) {
    longjmp(target, n);
  }
  if (n < 100) {
    dive(n + 1);
  }
}

void test_setjmp(void) {
  volatile int visits = 0;
  int value = setjmp(target);
  visits++;
  if (value == 0) {
    dive(0);
    CHECK(0); /* not reached */
  }
  CHECK_INT(value, 10);
  CHECK_INT(visits, 2);
  CHECK_INT(depth, 10);
  value = setjmp(target);
  if (value == 0) {
    longjmp(target, 0);
  }
  CHECK_INT(value, 1); /* longjmp with 0 returns 1 */
}

void test_div64(void) {
  volatile uint64_t a = 0x123456789abcdef0ULL, b = 0x12345ULL;
  CHECK(a / b == 0x100005b00205ULL);
  CHECK(a % b == 0xa497ULL);
  volatile int64_t x = -1000000000000LL, y = 7;
  CHECK(x / y == -142857142857LL);
  CHECK(x % y == -1LL);
  volatile int64_t big = INT64_MIN, minus_one = -2;
  CHECK(big / minus_one == 4611686018427387904LL);
  volatile uint64_t all = UINT64_MAX, two32 = 0x100000000ULL;
  CHECK(all / two32 == 0xffffffffULL && all % two32 == 0xffffffffULL);
  CHECK(all / all == 1 && all % all == 0);
  volatile uint64_t small = 100, ten = 10;
  CHECK(small / ten == 10 && small % ten == 0);
  volatile uint64_t n = 1;
  for (int i = 0; i < 19; i++) {
    n *= 10;
  }
  CHECK(n / 3 == 3333333333333333333ULL && n % 3 == 1);
}

void test_getopt(void) {
  char *argv[] = {"prog", "-ab", "-c", "value", "-dinline", "-x", "file", "-e", NULL};
  int argc = 8;
  optind = 1;
  opterr = 0;
  CHECK_INT(getopt(argc, argv, "abc:d:e"), 'a');
  CHECK_INT(getopt(argc, argv, "abc:d:e"), 'b');
  CHECK_INT(getopt(argc, argv, "abc:d:e"), 'c');
  CHECK_STR(optarg, "value");
  CHECK_INT(getopt(argc, argv, "abc:d:e"), 'd');
  CHECK_STR(optarg, "inline");
  CHECK_INT(getopt(argc, argv, "abc:d:e"), '?');
  CHECK_INT(optopt, 'x');
  CHECK_INT(getopt(argc, argv, "abc:d:e"), -1);
  CHECK_INT(optind, 6);
  CHECK_STR(argv[optind], "file");
  char *dashes[] = {"prog", "-a", "--", "-b", NULL};
  optind = 1;
  CHECK_INT(getopt(4, dashes, "ab"), 'a');
  CHECK_INT(getopt(4, dashes, "ab"), -1);
  CHECK_INT(optind, 3);
  char *missing[] = {"prog", "-c", NULL};
  optind = 1;
  CHECK_INT(getopt(2, missing, ":c:"), ':');
  optind = 1;
  CHECK_INT(getopt(2, missing, "c:"), '?');
  optind = 1;
  opterr = 1;
}

void test_time(void) {
  time_t t = 0;
  struct tm *tm = gmtime(&t);
  CHECK(tm->tm_year == 70 && tm->tm_mon == 0 && tm->tm_mday == 1 && tm->tm_wday == 4);
  t = 951782400; /* 2000-02-29 00:00:00, a leap day */
  tm = gmtime(&t);
  CHECK(tm->tm_year == 100 && tm->tm_mon == 1 && tm->tm_mday == 29 && tm->tm_yday == 59);
  CHECK_INT(tm->tm_wday, 2);
  t = 1700000000; /* 2023-11-14 22:13:20 UTC, a Tuesday */
  struct tm copy = *gmtime(&t);
  char text[128];
  strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %a %b %e %j %Z", &copy);
  CHECK_STR(text, "2023-11-14 22:13:20 Tue Nov 14 318 UTC");
  strftime(text, sizeof text, "%A %B %D %T %y %I%p %%", &copy);
  CHECK_STR(text, "Tuesday November 11/14/23 22:13:20 23 10PM %");
  CHECK_INT(strftime(text, 5, "%Y-%m-%d", &copy), 0);
  CHECK_STR(asctime(&copy), "Tue Nov 14 22:13:20 2023\n");
  CHECK_STR(ctime(&t), "Tue Nov 14 22:13:20 2023\n");
  CHECK_INT(mktime(&copy), 1700000000);
  struct tm denormal = {60, 59, 23, 31, 11, 99, 0, 0, 0}; /* 1999-12-31 23:59:60 */
  CHECK_INT(mktime(&denormal), 946684800);
  CHECK(denormal.tm_year == 100 && denormal.tm_mon == 0 && denormal.tm_mday == 1);
  t = 2147483647;
  tm = gmtime(&t);
  CHECK(tm->tm_year == 138 && tm->tm_mon == 0 && tm->tm_mday == 19 && tm->tm_hour == 3);
  t = -86400;
  tm = gmtime(&t);
  CHECK(tm->tm_year == 69 && tm->tm_mon == 11 && tm->tm_mday == 31 && tm->tm_wday == 3);
}
