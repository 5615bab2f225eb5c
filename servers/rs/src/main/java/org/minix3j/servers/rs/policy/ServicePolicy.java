package org.minix3j.servers.rs.policy;

import java.util.List;
import java.util.OptionalInt;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.PortRange;

/**
 * One {@code service LABEL { ... }} block of the policy file (or the {@code user} block, label
 * {@link PolicyFile#USER_LABEL}), checked: every call, label, range and line is valid.
 * Destinations stay labels (and {@link PolicyFile#USERS} for every user process) until {@link
 * Privileges#toPrivilege} resolves them.
 *
 * @param label the service's label (its DS name)
 * @param line the line of the block's opening
 * @param primitives the IPC primitives allowed
 * @param destinations labels the service may send to
 * @param calls the kernel calls allowed
 * @param ports the I/O port ranges
 * @param irqLines the IRQ lines it may hook
 * @param memory the physical memory ranges of SYS_PHYSCOPY (symbolic names resolved)
 * @param major the device major of a driver, published as {@code driver.major.<N>}
 * @param restart what to do when it fails
 * @param heartbeatMillis the heartbeat period, 0 for none
 */
public record ServicePolicy(
    String label,
    int line,
    List<IpcFunction> primitives,
    List<String> destinations,
    List<KernelCall> calls,
    List<PortRange> ports,
    List<Integer> irqLines,
    List<MemoryRange> memory,
    OptionalInt major,
    RestartPolicy restart,
    long heartbeatMillis) {
  public ServicePolicy {
    primitives = List.copyOf(primitives);
    destinations = List.copyOf(destinations);
    calls = List.copyOf(calls);
    ports = List.copyOf(ports);
    irqLines = List.copyOf(irqLines);
    memory = List.copyOf(memory);
  }
}
