/* Recursion: Fibonacci, Ackermann, the towers of Hanoi, mutual recursion. */
#include "runtime.h"

static int fibonacci(int n) { return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2); }

static int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves;
static void hanoi(int disks, int from, int to, int via) {
  if (disks == 0) return;
  hanoi(disks - 1, from, via, to);
  moves++;
  hanoi(disks - 1, via, to, from);
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

int main(int argc, char **argv) {
  hanoi(14, 1, 3, 2);
  print_text("recursion: fib(22) ");
  print_signed(fibonacci(22));
  print_text(" ackermann(2,5) ");
  print_signed(ackermann(2, 5));
  print_text(" hanoi(14) ");
  print_signed(moves);
  print_text(" even(5001) ");
  print_signed(is_even(5001));
  print_line();
  return fibonacci(10);
}
