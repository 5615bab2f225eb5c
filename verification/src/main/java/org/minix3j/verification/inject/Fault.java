package org.minix3j.verification.inject;

/**
 * One planned fault: the {@code index}-th of the campaign, of {@code kind}, in the service
 * {@code target}, after {@code delay} kernel entries of the instance that receives it; {@code
 * choice} picks the port, destination or call of an illegal access and the garbling mask.
 */
public record Fault(int index, FaultKind kind, String target, int delay, int choice) {}
