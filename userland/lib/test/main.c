/* Runs each group of library checks; prints "ok NAME" per passing group (expected.txt). */
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

int check_failures;
int check_count;

void check_fail(const char *file, int line, const char *what) {
  check_failures++;
  printf("FAIL %s:%d: %s\n", file, line, what);
}

void check_string(const char *file, int line, const char *got, const char *expected) {
  check_count++;
  if (got == NULL || strcmp(got, expected) != 0) {
    check_failures++;
    printf("FAIL %s:%d: got \"%s\", expected \"%s\"\n", file, line, got ? got : "(null)",
           expected);
  }
}

void check_long(const char *file, int line, long long got, long long expected) {
  check_count++;
  if (got != expected) {
    check_failures++;
    printf("FAIL %s:%d: got %lld, expected %lld\n", file, line, got, expected);
  }
}

static int total_failures;

static void run(const char *name, void (*group)(void)) {
  check_failures = 0;
  group();
  printf("%s %s\n", check_failures == 0 ? "ok" : "not ok", name);
  total_failures += check_failures;
}

static int saved_argc;
static char **saved_argv;

static void environment(void) {
  test_environ(saved_argc, saved_argv);
}

int main(int argc, char **argv) {
  saved_argc = argc;
  saved_argv = argv;
  run("string", test_string);
  run("ctype", test_ctype);
  run("strtol", test_strtol);
  run("malloc", test_malloc);
  run("qsort", test_qsort);
  run("environ", environment);
  run("printf", test_printf);
  run("scanf", test_scanf);
  run("stdio", test_stdio);
  run("setjmp", test_setjmp);
  run("div64", test_div64);
  run("getopt", test_getopt);
  run("time", test_time);
  printf("%s\n", total_failures == 0 ? "all passed" : "FAILED");
  return total_failures == 0 ? 0 : 1;
}
