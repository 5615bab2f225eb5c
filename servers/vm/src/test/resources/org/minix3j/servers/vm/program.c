static const char message[] = "hello from text";
int counter = 42;
char table[3] = {1, 2, 3};
char zeros[20000];
void _start(void) {
  zeros[100] = (char) counter;
  for (;;) { __asm__ volatile ("int $0x21" :: "a"(3), "b"(message), "c"(table)); }
}
