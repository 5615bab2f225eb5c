# Divides by zero: #DE at _start + 2.
        .text
        .globl _start
_start:
        xorl %ecx, %ecx
        divl %ecx
        movl $1, %eax
        int $0x80
