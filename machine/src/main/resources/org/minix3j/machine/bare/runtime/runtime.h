/*
 * The freestanding runtime of minix3j's bare-machine test and benchmark programs: Linux
 * int 0x80 exit and write, the 64-bit division helpers gcc calls on i386 (there is no 32-bit
 * libgcc), the memory functions gcc may emit calls to, and small output helpers.
 * A program defines main(argc, argv); start.S calls it and exits with its result.
 */
#ifndef MINIX3J_RUNTIME_H
#define MINIX3J_RUNTIME_H

typedef unsigned int size_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;
typedef long long int64_t;
typedef unsigned char uint8_t;

int sys_write(int descriptor, const void *buffer, size_t count);
void sys_exit(int status) __attribute__((noreturn));

void *memcpy(void *target, const void *source, size_t count);
void *memmove(void *target, const void *source, size_t count);
void *memset(void *target, int value, size_t count);
int memcmp(const void *left, const void *right, size_t count);
size_t strlen(const char *text);

void print_text(const char *text);
void print_unsigned(uint32_t value);
void print_signed(int32_t value);
void print_hex(uint32_t value);
void print_unsigned64(uint64_t value);
void print_signed64(int64_t value);
void print_line(void);

/* setjmp/longjmp-like context save and restore (start.S). */
typedef struct {
  uint32_t ebx, esi, edi, ebp, esp, eip;
} jump_buffer;
int save_context(jump_buffer *buffer) __attribute__((returns_twice));
void restore_context(jump_buffer *buffer, int value) __attribute__((noreturn));
/* Calls function(argument) on the stack whose top is stack_top; returns its result. */
int call_on_stack(void *stack_top, int (*function)(int), int argument);

uint64_t __udivdi3(uint64_t dividend, uint64_t divisor);
uint64_t __umoddi3(uint64_t dividend, uint64_t divisor);
int64_t __divdi3(int64_t dividend, int64_t divisor);
int64_t __moddi3(int64_t dividend, int64_t divisor);
uint64_t __udivmoddi4(uint64_t dividend, uint64_t divisor, uint64_t *remainder);
int64_t __divmoddi4(int64_t dividend, int64_t divisor, int64_t *remainder);

int main(int argc, char **argv);

#endif
