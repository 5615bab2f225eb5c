/* dup returns the lowest free descriptor; open too. */
#include "check.h"

int main(void)
{
	int a, b, c;

	enter_scratch("dup_lowest");
	make_file("f", "x", 0644);
	CHECK_OK(a = open("f", O_RDONLY));
	CHECK_OK(b = open("f", O_RDONLY));
	CHECK_OK(c = open("f", O_RDONLY));
	CHECK(b == a + 1 && c == b + 1, "descriptors %d %d %d not consecutive", a, b, c);
	close(b);
	CHECK_OK(dup(c));
	CHECK(check_result == b, "dup returned %ld, expected the free %d", check_result, b);
	close(a);
	CHECK_OK(open("f", O_RDONLY));
	CHECK(check_result == a, "open returned %ld, expected the free %d", check_result, a);
	return 0;
}
