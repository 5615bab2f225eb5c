package org.minix3j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.boot.RootImage;
import org.minix3j.cli.boot.BootSession;
import org.minix3j.servers.mfs.image.ImageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minix3j mkfs}: makes a MINIX V3 file system image (1 KiB blocks, as util-linux's
 * fsck.minix checks) from a directory tree and a device list; by default the root file system
 * from userland/build/root into userland/build/root.img.
 */
@Command(
    name = "mkfs",
    mixinStandardHelpOptions = true,
    description = "Make a MINIX V3 file system image from a directory tree.")
public final class MkfsCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE_DIR",
      description = "the tree to copy (default: userland/build/root)")
  @Nullable Path source;

  @Parameters(index = "1", arity = "0..1", paramLabel = "IMAGE",
      description = "the image to write (default: userland/build/root.img)")
  @Nullable Path image;

  @Option(names = "--size", paramLabel = "MIB", description = "the image's size (default "
      + "${DEFAULT-VALUE})")
  int mebibytes = RootImage.DEFAULT_MEBIBYTES;

  @Option(names = "--devices", paramLabel = "FILE", description = "device nodes to make, one "
      + "'path c|b major minor mode' per line (default: the boot image's /dev)")
  @Nullable Path devices;

  @Override
  public Integer call() {
    Path from = source != null ? source : BootSession.repository().resolve(BootSession.TREE);
    Path to = image != null ? image : BootSession.repository().resolve(BootSession.IMAGE);
    try {
      String deviceList = devices != null
          ? Files.readString(devices, StandardCharsets.UTF_8)
          : RootImage.bootDevices();
      if (mebibytes < 1 || mebibytes > 1024) {
        System.err.println("minix3j mkfs: --size must be 1 to 1024 MiB, not " + mebibytes);
        return 2;
      }
      byte[] bytes = RootImage.build(from, deviceList, mebibytes);
      Files.write(to, bytes);
      System.out.printf("minix3j mkfs: %s: %d MiB MINIX V3 file system of %s%n",
          to, mebibytes, from);
      return 0;
    } catch (IOException | ImageException e) {
      System.err.println("minix3j mkfs: " + e.getMessage());
      return 2;
    }
  }
}
