/**
 * VFS, the virtual file system server. {@link org.minix3j.servers.vfs.VirtualFileSystem} is the
 * main loop; {@code CallTable} dispatches; {@code Context} holds every table. One class per
 * concern, after MINIX's files: {@code OpenFiles} (open, close, mkdir, mknod), {@code ReadWrite}
 * (read, write, lseek, getdents), {@code Descriptors} (dup, dup2, fcntl), {@code Pipes}, {@code
 * CharDevices}, {@code Select}, {@code StatCalls} (stat and the attribute calls), {@code Links}
 * (unlink, rmdir, link, symlink, readlink, rename), {@code Directories} (chdir, getcwd,
 * ttyname), {@code ForkExit} (PM's calls), {@code Exec}, {@code PathWalker} (path resolution),
 * {@code FileServer} and {@code DataStore} (requests to MFS and DS).
 */
package org.minix3j.servers.vfs;
