/**
 * The kernel's access to process memory: reading and writing a user process's virtual memory
 * through its own page tables, without the CPU's MMU.
 *
 * <p>{@link org.minix3j.kernel.memory.PageWalker} walks one two-level table in physical
 * memory; {@link org.minix3j.kernel.memory.UserMemory} copies between user virtual memory,
 * Java buffers and other user address spaces, checking the whole range before copying a byte;
 * {@link org.minix3j.kernel.memory.MessageTransfer} moves a 64-byte IPC message in and out of
 * a user process; {@link org.minix3j.kernel.memory.AddressSpaces} records which slots are
 * i386 user processes and where their page directories are.
 *
 * <p>Every failure is an error number ({@link org.minix3j.abi.Errno#EFAULT} for a bad address,
 * {@link org.minix3j.abi.Errno#EINVAL} for a negative length), never a host exception: this is
 * DESIGN.md rule 6's "a bad pointer gives EFAULT". There is no TLA+ spec of memory access; the
 * checks follow the Intel SDM's rules for 32-bit paging in user mode.
 */
package org.minix3j.kernel.memory;
