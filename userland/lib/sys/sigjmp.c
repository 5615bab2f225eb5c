/* The C halves of sigsetjmp and siglongjmp: the signal mask. */
#include <setjmp.h>
#include <signal.h>

void __sigsetjmp_mask(sigjmp_buf env);

void __sigsetjmp_mask(sigjmp_buf env) {
  sigprocmask(SIG_BLOCK, NULL, &env->__mask);
}

void siglongjmp(sigjmp_buf env, int value) {
  if (env->__saved) {
    sigprocmask(SIG_SETMASK, &env->__mask, NULL);
  }
  longjmp(env->__registers, value);
}
