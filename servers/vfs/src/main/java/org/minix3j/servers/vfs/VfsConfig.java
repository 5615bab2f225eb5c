package org.minix3j.servers.vfs;

/**
 * VFS's boot parameters.
 *
 * @param rootDevice the device number of the root file system's block device, e.g. {@code
 *     Devices.device(MEMORY_MAJOR, RAMDISK_MINOR)}
 * @param rootFsLabel the DS label of the file server to mount on it ("mfs")
 */
public record VfsConfig(int rootDevice, String rootFsLabel) {
  public VfsConfig {
    if (rootFsLabel.isEmpty()) {
      throw new IllegalArgumentException("empty file server label");
    }
  }
}
