/**
 * The message protocols between processes: user programs and PM/VFS (the POSIX calls), PM and
 * VFS, PM/VFS and VM, VFS and the file servers, the file servers and the block drivers, VFS and
 * the character drivers, everyone and DS and RS. One class per protocol; each constant is a
 * message type, and its comment lists the payload words of the request and of the reply.
 *
 * <p>Conventions shared by every protocol:
 *
 * <ul>
 *   <li>A request is a SENDREC whose type is the call number; the reply's type is the result,
 *       a non-negative value or a negative {@link org.minix3j.abi.Errno} wire value, and its
 *       payload words carry what the call returns. An unknown call number gets {@code ENOSYS}.
 *   <li>A string from a user program is a pointer and a length that counts the terminating NUL;
 *       the server checks the NUL and the length ({@code ENAMETOOLONG} beyond {@code PATH_MAX}).
 *       A bad pointer gets {@code EFAULT}.
 *   <li>Between system processes, data too big for a message moves by grant: the request names
 *       the grant id, and the offset and length inside it.
 *   <li>Servers send requests only down the call graph (user, PM, VFS, VM and the file servers,
 *       drivers); a process lower down tells one above it of news by NOTIFY, and the one above
 *       asks. So no two processes ever send to each other at once.
 * </ul>
 *
 * <p>The C library's headers are generated from these classes: {@link
 * org.minix3j.abi.protocol.CHeader} on a class names its header and the prefix of its macros.
 */
package org.minix3j.abi.protocol;
