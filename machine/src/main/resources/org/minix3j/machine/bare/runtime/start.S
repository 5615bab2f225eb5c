/*
 * Entry point and the few assembly routines of minix3j's bare-machine runtime.
 * _start: the Linux initial stack holds argc, then argv; call main(argc, argv), then exit.
 */
        .text
        .globl _start
_start:
        xorl %ebp, %ebp
        movl (%esp), %eax          /* argc */
        leal 4(%esp), %ecx         /* argv */
        andl $-16, %esp
        subl $8, %esp
        pushl %ecx
        pushl %eax
        call main
        movl %eax, %ebx
        movl $1, %eax              /* exit */
        int $0x80
        hlt

/* int save_context(jump_buffer *buffer): returns 0 now, and value when restored. */
        .globl save_context
save_context:
        movl 4(%esp), %eax
        movl %ebx, 0(%eax)
        movl %esi, 4(%eax)
        movl %edi, 8(%eax)
        movl %ebp, 12(%eax)
        leal 4(%esp), %ecx         /* the caller's ESP after this call returns */
        movl %ecx, 16(%eax)
        movl (%esp), %ecx          /* the return address */
        movl %ecx, 20(%eax)
        xorl %eax, %eax
        ret

/* void restore_context(jump_buffer *buffer, int value) */
        .globl restore_context
restore_context:
        movl 4(%esp), %edx
        movl 8(%esp), %eax
        testl %eax, %eax
        jnz 1f
        incl %eax
1:      movl 0(%edx), %ebx
        movl 4(%edx), %esi
        movl 8(%edx), %edi
        movl 12(%edx), %ebp
        movl 16(%edx), %esp
        jmp *20(%edx)

/* int call_on_stack(void *stack_top, int (*function)(int), int argument) */
        .globl call_on_stack
call_on_stack:
        pushl %ebp
        movl %esp, %ebp
        movl 8(%ebp), %eax         /* new stack top */
        movl 12(%ebp), %ecx        /* function */
        movl 16(%ebp), %edx        /* argument */
        movl %eax, %esp
        pushl %ebp                 /* remember the old frame on the new stack */
        subl $8, %esp
        pushl %edx
        call *%ecx
        addl $12, %esp
        popl %ebp
        movl %ebp, %esp
        popl %ebp
        ret

        .section .note.GNU-stack,"",@progbits
