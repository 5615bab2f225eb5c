/*
 * sigsetjmp: saves the registers as setjmp does (the same first six words), records whether
 * the mask is to be saved, and saves it through __sigsetjmp_mask (lib/sys/sigjmp.c).
 */
  .text
  .globl sigsetjmp
  .type sigsetjmp, @function
sigsetjmp:
  movl 4(%esp), %eax
  movl %ebx, 0(%eax)
  movl %esi, 4(%eax)
  movl %edi, 8(%eax)
  movl %ebp, 12(%eax)
  leal 4(%esp), %ecx
  movl %ecx, 16(%eax)
  movl (%esp), %ecx
  movl %ecx, 20(%eax)
  movl 8(%esp), %ecx
  movl %ecx, 24(%eax)          /* __saved */
  testl %ecx, %ecx
  jz 2f
  pushl %eax
  call __sigsetjmp_mask        /* saves the mask into env */
  addl $4, %esp
2:
  xorl %eax, %eax
  ret
  .size sigsetjmp, . - sigsetjmp
  .section .note.GNU-stack,"",@progbits
