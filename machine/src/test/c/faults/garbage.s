# Executes bytes that are no instruction (FF /7): #UD at _start + 5.
        .text
        .globl _start
_start:
        movl $7, %eax
        .byte 0xff, 0xff, 0xff, 0xff
