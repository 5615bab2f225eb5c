/* The library tests' checks: a failure prints where and what, the group then reports it. */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

extern int check_failures;
extern int check_count;

void check_fail(const char *file, int line, const char *what);
void check_string(const char *file, int line, const char *got, const char *expected);
void check_long(const char *file, int line, long long got, long long expected);

#define CHECK(e) (check_count++, (e) ? (void)0 : check_fail(__FILE__, __LINE__, #e))
#define CHECK_STR(got, expected) check_string(__FILE__, __LINE__, (got), (expected))
#define CHECK_INT(got, expected) check_long(__FILE__, __LINE__, (long long)(got), (long long)(expected))

void test_string(void);
void test_ctype(void);
void test_strtol(void);
void test_malloc(void);
void test_qsort(void);
void test_environ(int argc, char **argv);
void test_printf(void);
void test_scanf(void);
void test_stdio(void);
void test_setjmp(void);
void test_div64(void);
void test_getopt(void);
void test_time(void);

#endif
