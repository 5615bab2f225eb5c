# Puts a RET on the (non-executable) stack and jumps to it: #PF on the fetch at ESP.
        .text
        .globl _start
_start:
        pushl $0xc3
        jmp *%esp
