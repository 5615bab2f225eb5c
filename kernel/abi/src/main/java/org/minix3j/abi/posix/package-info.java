/**
 * POSIX numbers and structure layouts shared by the servers and the C library: signals, open
 * flags and file modes, {@code struct stat}, {@code struct dirent}, {@code struct termios}, wait
 * statuses, limits, device numbers, the exec frame and the user address-space layout. Each
 * class carries a {@link org.minix3j.abi.protocol.CHeader}; layouts give byte offsets.
 */
package org.minix3j.abi.posix;
