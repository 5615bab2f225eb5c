package org.minix3j.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.minix3j.servers.mfs.image.DeviceList;
import org.minix3j.servers.mfs.image.DeviceListException;
import org.minix3j.servers.mfs.image.FileTree;
import org.minix3j.servers.mfs.image.ImageBuilder;
import org.minix3j.servers.mfs.image.ImageException;
import org.minix3j.servers.mfs.image.ImageOptions;

/**
 * The root file system image, made on the host from a directory tree (userland/build/root) and
 * the boot image's device list: what {@code minix3j mkfs} writes and {@code minix3j boot} loads
 * into the RAM disk. Every node belongs to root (uid 0, gid 0) and keeps its host permission
 * bits; the image's times are one fixed value, so the same tree gives the same image.
 */
public final class RootImage {
  /** The default size of the root file system. */
  public static final int DEFAULT_MEBIBYTES = 16;

  /** The block size (util-linux's fsck.minix checks 1 KiB blocks only). */
  public static final int BLOCK_SIZE = 1024;

  /** The time stamped on every node: 2026-01-01 00:00:00 UTC. */
  public static final int IMAGE_TIME = 1_767_225_600;

  private RootImage() {}

  /** The boot image's device list (path, type, major, minor, mode). */
  public static String bootDevices() throws IOException {
    try (InputStream in = RootImage.class.getResourceAsStream("devices")) {
      if (in == null) {
        throw new IOException("the boot image's device list is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * An image of {@code mebibytes} holding the tree under {@code source} and the devices of
   * {@code devices} (the device-list format).
   *
   * @throws ImageException if the tree does not fit or the device list is malformed
   */
  public static byte[] build(Path source, String devices, int mebibytes)
      throws IOException, ImageException {
    return build(source, devices, mebibytes, Map.of());
  }

  /**
   * As {@link #build(Path, String, int)}, with {@code extraFiles} (absolute path in the image to
   * contents, mode 0644, owned by root) added to the tree, as the benchmarks' large files are.
   */
  public static byte[] build(Path source, String devices, int mebibytes,
      Map<String, byte[]> extraFiles) throws IOException, ImageException {
    if (!Files.isDirectory(source)) {
      throw new IOException(source + " is not a directory");
    }
    FileTree tree = new FileTree(0755, 0, 0);
    addTree(source, tree);
    for (Map.Entry<String, byte[]> file : extraFiles.entrySet()) {
      tree.file(file.getKey(), file.getValue(), 0644, 0, 0);
    }
    try {
      DeviceList.addAll(devices, tree);
    } catch (DeviceListException e) {
      throw new ImageException("device list, " + e.getMessage());
    }
    return ImageBuilder.build(tree, ImageOptions.ofMebibytes(mebibytes, BLOCK_SIZE, IMAGE_TIME));
  }

  /**
   * {@code image} made from {@code source} with the boot devices, rebuilt only when it is
   * missing or older than a file of the tree; returns its bytes.
   */
  public static byte[] ensure(Path source, Path image, int mebibytes)
      throws IOException, ImageException {
    if (Files.isRegularFile(image) && !newerThan(source, Files.getLastModifiedTime(image))) {
      return Files.readAllBytes(image);
    }
    byte[] bytes = build(source, bootDevices(), mebibytes);
    Path temporary = image.resolveSibling(image.getFileName() + ".new");
    Files.write(temporary, bytes);
    Files.move(temporary, image, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return bytes;
  }

  private static boolean newerThan(Path source, FileTime time) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      return files.anyMatch(path -> {
        try {
          return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).compareTo(time) > 0;
        } catch (IOException e) {
          return true;
        }
      });
    }
  }

  private static void addTree(Path source, FileTree tree) throws IOException {
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
          throws IOException {
        if (!dir.equals(source)) {
          tree.directory(imagePath(source, dir), permissions(dir), 0, 0);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        if (attributes.isSymbolicLink()) {
          tree.symlink(imagePath(source, file), Files.readSymbolicLink(file).toString(), 0, 0);
        } else if (attributes.isRegularFile()) {
          tree.file(imagePath(source, file), Files.readAllBytes(file), permissions(file), 0, 0);
        } else {
          throw new IOException(file + ": only directories, files and symbolic links go in an image");
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static String imagePath(Path source, Path path) {
    return "/" + source.relativize(path).toString().replace('\\', '/');
  }

  private static int permissions(Path path) throws IOException {
    Set<PosixFilePermission> set = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    int mode = 0;
    for (PosixFilePermission permission : set) {
      mode |= switch (permission) {
        case OWNER_READ -> 0400;
        case OWNER_WRITE -> 0200;
        case OWNER_EXECUTE -> 0100;
        case GROUP_READ -> 040;
        case GROUP_WRITE -> 020;
        case GROUP_EXECUTE -> 010;
        case OTHERS_READ -> 04;
        case OTHERS_WRITE -> 02;
        case OTHERS_EXECUTE -> 01;
      };
    }
    return mode;
  }
}
