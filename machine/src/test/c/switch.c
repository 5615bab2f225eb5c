/* Switch statements dense enough for jump tables, and a small bytecode interpreter. */
#include "runtime.h"

static int classify(int value) {
  switch (value) {
    case 0: return 11;
    case 1: return 23;
    case 2: return 5;
    case 3: return 78;
    case 4: return 13;
    case 5: return 1;
    case 6: return 99;
    case 7: return 42;
    case 8: return 7;
    case 9: return 64;
    case 10: return 3;
    case 11: return 17;
    default: return -1;
  }
}

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, HALT, PRINT };

static int run(const int *code) {
  int stack[32], top = 0, pc = 0;
  for (;;) {
    switch (code[pc++]) {
      case PUSH: stack[top++] = code[pc++]; break;
      case ADD: top--; stack[top - 1] += stack[top]; break;
      case SUB: top--; stack[top - 1] -= stack[top]; break;
      case MUL: top--; stack[top - 1] *= stack[top]; break;
      case DUP: stack[top] = stack[top - 1]; top++; break;
      case SWAP: { int s = stack[top - 1]; stack[top - 1] = stack[top - 2]; stack[top - 2] = s; break; }
      case JNZ: if (stack[top - 1]) pc = code[pc]; else pc++; break;
      case DEC: stack[top - 1]--; break;
      case PRINT: print_signed(stack[top - 1]); print_text(" "); break;
      case HALT: return stack[top - 1];
      default: return -1;
    }
  }
}

int main(int argc, char **argv) {
  /* factorial of 10 by a loop: acc n -> acc*n n-1 */
  static const int program[] = {PUSH, 1, PUSH, 10, SWAP, PUSH, 0, ADD, SWAP, DUP,
                                /* 10: */ SWAP, PUSH, 0, ADD, SWAP, DUP, PRINT, SWAP, HALT};
  static const int loop[] = {PUSH, 1, PUSH, 10, /* 4: */ DUP, PRINT, SWAP, PUSH, 3, MUL,
                             SWAP, DEC, JNZ, 4, SWAP, HALT};
  int sum = 0;
  for (int i = -3; i < 15; i++) sum = sum * 3 + classify(i);
  print_text("switch: ");
  print_signed(sum);
  print_text(" ");
  print_signed(run(program));
  print_text(" ");
  print_signed(run(loop));
  print_line();
  return 0;
}
