package org.minix3j.boot;

import java.util.function.Supplier;
import org.minix3j.abi.SystemProcess;

/**
 * One entry of the boot image: a system process the machine starts with, in its fixed slot.
 *
 * @param label its name in the policy file and in DS
 * @param slot its process-table slot (org.minix3j.abi.SystemSlots)
 * @param queue its scheduling queue (0 first)
 * @param quantum its quantum in clock ticks
 * @param program builds a fresh instance with the boot parameters: the first copy at boot,
 *     every later one when RS restarts the service (SYS_SPAWN)
 */
public record BootService(
    String label, int slot, int queue, int quantum, Supplier<SystemProcess> program) {}
