/** The ELF32 i386 checks VM applies to a program before it allocates anything for it. */
package org.minix3j.servers.vm.elf;
