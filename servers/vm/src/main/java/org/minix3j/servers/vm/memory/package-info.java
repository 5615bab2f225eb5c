/**
 * VM's hold on physical memory: the frame allocator over its pool, SYS_PHYSCOPY copies of
 * whole frames and tables, and the i386 page tables it keeps in Java and writes to memory.
 */
package org.minix3j.servers.vm.memory;
