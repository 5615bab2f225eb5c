/**
 * The policy file (MINIX's {@code system.conf}): its parser ({@link
 * org.minix3j.servers.rs.policy.PolicyParser}), the immutable records it yields, and their
 * conversion to the privilege SYS_PRIVCTL installs.
 */
package org.minix3j.servers.rs.policy;
