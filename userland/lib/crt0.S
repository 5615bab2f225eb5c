/*
 * The program's entry. VM starts it with ESP at the exec frame (org.minix3j.abi.posix.ExecFrame,
 * relocated): [esp] argc, [esp+4] argv[0] ... argv[argc] = 0, then envp ... 0. _start sets
 * environ, calls main(argc, argv, envp) with a 16-byte aligned stack, and exits with its value.
 */
  .text
  .globl _start
  .type _start, @function
_start:
  xorl %ebp, %ebp
  movl (%esp), %eax            /* argc */
  leal 4(%esp), %ebx           /* argv */
  leal 8(%esp,%eax,4), %ecx    /* envp = argv + argc + 1 */
  movl %ecx, environ
  andl $-16, %esp
  subl $4, %esp                /* three arguments + padding keep the call 16-aligned */
  pushl %ecx
  pushl %ebx
  pushl %eax
  call main
  movl %eax, (%esp)
  call exit
  hlt
  .size _start, . - _start
  .section .note.GNU-stack,"",@progbits
