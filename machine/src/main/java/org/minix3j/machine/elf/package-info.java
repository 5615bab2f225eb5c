/**
 * Loading static i386 ELF executables: {@link org.minix3j.machine.elf.ElfImage} validates a
 * file (header, program headers, segments, alignment, overlap) and rejects anything else with
 * an {@link org.minix3j.machine.elf.ElfFormatException}; {@link
 * org.minix3j.machine.elf.AddressSpaceBuilder} builds page tables in physical memory; {@link
 * org.minix3j.machine.elf.ElfLoader} maps the segments (text read-only and executable, data
 * and bss writable and not executable) and {@link org.minix3j.machine.elf.InitialStack} lays
 * out argc, argv and envp on a non-executable stack as Linux does.
 */
package org.minix3j.machine.elf;
