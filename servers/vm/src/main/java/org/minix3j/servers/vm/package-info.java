/**
 * VM, the virtual memory manager: a Java system process that owns the physical frame pool and
 * every user process's page tables. {@link org.minix3j.servers.vm.VirtualMemoryManager} is the
 * main loop, {@link org.minix3j.servers.vm.CallTable} decodes and dispatches the {@link
 * org.minix3j.abi.protocol.VmCalls} requests to one handler per concern ({@code ForkExit},
 * {@code Break}, {@code Exec}), and {@code VmContext} holds the tables. The sub-packages are
 * the mechanisms: {@code memory} (frames, physical copies, page tables), {@code space} (address
 * spaces, regions, shared text), {@code elf} (checking a program), {@code exec} (building its
 * image and relocating the exec frame).
 */
package org.minix3j.servers.vm;
