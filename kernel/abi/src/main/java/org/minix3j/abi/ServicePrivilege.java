package org.minix3j.abi;

import java.util.List;

/**
 * What RS asks SYS_PRIVCTL to give a system process: one {@code service} entry of the policy
 * file, with labels already resolved to endpoints. The kernel turns it into its own privilege
 * structure (spec/Privileges.tla's {@code Privilege} record) and checks every later call of the
 * process against it.
 *
 * @param primitives the IPC primitives allowed (the trap mask)
 * @param destinations endpoints the process may SEND, SENDREC and NOTIFY to (the send mask is
 *     kept per slot, so it stays valid when a destination is restarted in its slot)
 * @param calls the kernel calls allowed (the call mask)
 * @param ports the I/O port ranges of SYS_DEVIO and SYS_VDEVIO
 * @param irqLines the IRQ lines SYS_IRQCTL may hook, 0 to 15
 * @param memory the physical memory ranges of SYS_PHYSCOPY
 */
public record ServicePrivilege(
    List<IpcFunction> primitives,
    List<Integer> destinations,
    List<KernelCall> calls,
    List<PortRange> ports,
    List<Integer> irqLines,
    List<MemoryRange> memory) {
  public ServicePrivilege {
    primitives = List.copyOf(primitives);
    destinations = List.copyOf(destinations);
    calls = List.copyOf(calls);
    ports = List.copyOf(ports);
    irqLines = List.copyOf(irqLines);
    memory = List.copyOf(memory);
  }
}
