/**
 * Running programs on the bare machine, without the kernel: {@link
 * org.minix3j.machine.bare.BareSession} loads a static i386 ELF and serves Linux's {@code int
 * 0x80} exit, write and exit_group, reporting any other trap as a fault; {@link
 * org.minix3j.machine.bare.I386Toolchain} and {@link org.minix3j.machine.bare.BareRuntime}
 * build freestanding programs with the host gcc, as and ld; {@link
 * org.minix3j.machine.bare.QemuReference} runs them under qemu-i386-static, the reference the
 * CPU is tested against.
 */
package org.minix3j.machine.bare;
