/* Non-local jumps (save_context/restore_context) and running code on a separate stack. */
#include "runtime.h"

static jump_buffer handler;
static int depth_reached;

static void descend(int depth) {
  volatile char pad[64];
  pad[0] = (char)depth;
  depth_reached = depth + pad[0] - depth;
  if (depth == 40) restore_context(&handler, depth * 2);
  if (depth < 1000) descend(depth + 1);
}

static unsigned char other_stack[16384] __attribute__((aligned(16)));

static int sum_to(int n) { return n == 0 ? 0 : n + sum_to(n - 1); }

static volatile int tries;

int main(int argc, char **argv) {
  volatile int total = 0;
  int value = save_context(&handler);
  total += value;
  if (tries++ < 3) descend(0);
  print_text("jumps: total ");
  print_signed(total);
  print_text(" depth ");
  print_signed(depth_reached);
  print_text(" on another stack ");
  print_signed(call_on_stack(other_stack + sizeof other_stack, sum_to, 300));
  print_line();
  return tries;
}
