/* sync: write all buffered file system data to disk. */
#define _XOPEN_SOURCE 700 /* sync */
#include <unistd.h>

int main(void)
{
	sync();
	return 0;
}
