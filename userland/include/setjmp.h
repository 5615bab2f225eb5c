#ifndef _SETJMP_H
#define _SETJMP_H

/* EBX, ESI, EDI, EBP, ESP, EIP. */
typedef int jmp_buf[6];

/* jmp_buf, whether the mask was saved, the mask. */
typedef struct {
  int __registers[6];
  int __saved;
  unsigned int __mask;
} sigjmp_buf[1];

int setjmp(jmp_buf env) __attribute__((returns_twice));
void longjmp(jmp_buf env, int value) __attribute__((noreturn));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
void _longjmp(jmp_buf env, int value) __attribute__((noreturn));
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
void siglongjmp(sigjmp_buf env, int value) __attribute__((noreturn));

#endif
