/**
 * The application binary interface shared by the kernel, servers, drivers and the C userland:
 * message layout, endpoints, IPC function numbers, call numbers and error codes. Servers and
 * drivers depend on this module instead of the kernel, so they cannot reach kernel tables.
 */
package org.minix3j.abi;
