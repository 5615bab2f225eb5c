package org.minix3j.abi;

/**
 * One live process in a SYS_GETINFO snapshot of the process table, what {@code ps} shows.
 *
 * @param endpoint the process's endpoint (slot and generation)
 * @param name the name it was started with
 * @param user true for an i386 user process, false for a Java system process
 * @param state {@code running}, {@code sending}, {@code receiving} or {@code stopped} (by a
 *     signal the kernel raised, until PM ends it)
 * @param blockedOn the endpoint it is blocked on, {@link Endpoint#ANY}, or {@link Endpoint#NONE}
 * @param queue its scheduling queue (0 is the highest priority)
 * @param userTicks clock ticks it ran in user mode
 * @param systemTicks clock ticks the kernel spent on its behalf
 */
public record ProcessInfo(
    int endpoint,
    String name,
    boolean user,
    String state,
    int blockedOn,
    int queue,
    long userTicks,
    long systemTicks) {}
