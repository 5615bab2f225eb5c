/* The bare runner's Linux system calls: results and errors as Linux gives them. */
#include "runtime.h"

static int system_call(int number, int first, int second, int third) {
  int result;
  __asm__ volatile("int $0x80"
                   : "=a"(result)
                   : "a"(number), "b"(first), "c"(second), "d"(third)
                   : "memory");
  return result;
}

int main(int argc, char **argv) {
  static const char message[] = "to standard error\n";
  print_text("syscalls: write ");
  print_signed(system_call(4, 1, (int)"abc", 3));
  print_text(" bad buffer ");
  print_signed(system_call(4, 1, 0, 5));
  print_text(" huge count ");
  print_signed(system_call(4, 1, (int)"x", 0x7fffffff));
  print_text(" bad descriptor ");
  print_signed(system_call(4, 1000, (int)"x", 1));
  print_text(" unknown call ");
  print_signed(system_call(999, 0, 0, 0));
  print_text(" empty write ");
  print_signed(system_call(4, 1, 0, 0));
  print_text(" stderr ");
  print_signed(sys_write(2, message, sizeof message - 1));
  print_line();
  system_call(252, 9, 0, 0); /* exit_group */
  return 1;
}
