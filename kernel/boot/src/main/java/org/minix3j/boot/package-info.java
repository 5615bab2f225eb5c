/**
 * The boot image: what MINIX's boot monitor and {@code kernel/table.c} do together. It lays out
 * physical memory ({@link org.minix3j.boot.MemoryMap}), copies the root file system into the RAM
 * disk, starts the kernel's run loop with the boot services of {@link
 * org.minix3j.boot.StandardImage} and init's bootstrap ({@link org.minix3j.boot.InitStub}), and runs
 * the machine ({@link org.minix3j.boot.SystemBoot}). It is the only code that knows every
 * server and driver; they know only the ABI.
 */
package org.minix3j.boot;
