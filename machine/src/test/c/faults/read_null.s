# Reads address 0 (page 0 is never mapped): #PF, not present, read, at _start.
        .text
        .globl _start
_start:
        movl 0, %eax
        movl $1, %eax
        int $0x80
