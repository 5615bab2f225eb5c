# Writes to its own (read-only) text: #PF, present + write + user, at _start, EIP _start.
        .text
        .globl _start
_start:
        movl $0x90909090, _start
        movl $1, %eax
        int $0x80
