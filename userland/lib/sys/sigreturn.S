/*
 * The signal trampoline. PM's SYS_SIGSEND makes a handler "return" here: at the handler's
 * entry ESP points at this address, then the signal number, then the context's address
 * (org.minix3j.abi.SignalFrame). After the handler's ret, ESP points at the signal number, so
 * the context pointer is at CONTEXT_POINTER_OFFSET - 4. PM's SIGRETURN with that pointer puts
 * the interrupted registers and mask back and does not reply; should it fail, the process exits.
 */
#include <minix/endpoints.h>
#include <minix/ipc.h>
#include <minix/message_layout.h>
#include <minix/pm.h>
#include <minix/signal_frame.h>

  .text
  .globl __sigreturn_trampoline
  .type __sigreturn_trampoline, @function
__sigreturn_trampoline:
  movl (SIGFRAME_CONTEXT_POINTER_OFFSET - 4)(%esp), %edx
  subl $MESSAGE_SIZE, %esp
  movl $PM_SIGRETURN, MESSAGE_TYPE_OFFSET(%esp)
  movl %edx, MESSAGE_PAYLOAD_OFFSET(%esp)
  movl $IPC_SENDREC, %eax
  movl $PM_ENDPOINT, %ebx
  movl %esp, %ecx
  int $IPC_TRAP_VECTOR
  /* Only a refused context gets here: end the process (PM_EXIT, status 127). */
  movl $PM_EXIT, MESSAGE_TYPE_OFFSET(%esp)
  movl $127, MESSAGE_PAYLOAD_OFFSET(%esp)
1:
  movl $IPC_SENDREC, %eax
  movl $PM_ENDPOINT, %ebx
  movl %esp, %ecx
  int $IPC_TRAP_VECTOR
  jmp 1b
  .size __sigreturn_trampoline, . - __sigreturn_trampoline
  .section .note.GNU-stack,"",@progbits
