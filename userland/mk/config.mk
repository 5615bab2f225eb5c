# The toolchain of minix3j's i386 userland: the host gcc as a freestanding i386 compiler and
# ld for elf_i386, static executables linked with crt0.o and libc.a (mk/i386.ld lays out one
# read-only executable segment and one page-aligned writable one).

USERLAND ?= $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)
BUILD := $(USERLAND)/build
ROOT := $(BUILD)/root

CC = gcc
LD = ld
AR = ar

GCC_INCLUDE := $(shell $(CC) -print-file-name=include)

ARCH_CFLAGS = -m32 -march=i686 -ffreestanding -fno-pic -fno-pie -fno-stack-protector \
  -nostdlib -fno-builtin -fno-asynchronous-unwind-tables -fno-tree-loop-distribute-patterns -O2
INCLUDE_FLAGS = -nostdinc -isystem $(GCC_INCLUDE) -I $(USERLAND)/include -I $(BUILD)/include
WARNINGS = -Wall
CFLAGS = $(ARCH_CFLAGS) $(INCLUDE_FLAGS) $(WARNINGS)
ASFLAGS = -m32 -D__ASSEMBLER__ $(INCLUDE_FLAGS)
LDFLAGS = -m elf_i386 -static -T $(USERLAND)/mk/i386.ld -z max-page-size=4096 -z noexecstack

CRT0 := $(BUILD)/lib/crt0.o
LIBC := $(BUILD)/lib/libc.a
HEADERS_STAMP := $(BUILD)/include/.stamp
