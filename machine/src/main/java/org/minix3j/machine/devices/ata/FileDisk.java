package org.minix3j.machine.devices.ata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A disk backed by an image file: sector n is bytes 512n..512n+511 of the file, whose size must
 * be a whole, non-zero number of sectors.
 *
 * <p>Entry points: {@link #open(Path, boolean)} opens the file and reports a missing, unreadable
 * or ill-sized image as a {@link DiskImageException}; the constructor takes a channel the caller
 * opened itself. {@link #flush()} forces the file's contents to the storage device.
 */
public final class FileDisk implements DiskBacking {
  private final FileChannel channel;
  private final String name;
  private final long sectors;

  /** A disk on an already open channel; {@code name} appears in error messages. */
  public FileDisk(FileChannel channel, String name) throws IOException {
    this.channel = channel;
    this.name = name;
    long size = channel.size();
    if (size == 0 || size % SECTOR_SIZE != 0) {
      throw new DiskImageException(
          "disk image " + name + " has " + size + " bytes; it must be a non-zero multiple of 512");
    }
    this.sectors = size / SECTOR_SIZE;
  }

  /** Opens {@code image} for reading, and for writing when {@code writable}. */
  public static FileDisk open(Path image, boolean writable) {
    FileChannel channel;
    try {
      channel =
          writable
              ? FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE)
              : FileChannel.open(image, StandardOpenOption.READ);
    } catch (NoSuchFileException missing) {
      throw new DiskImageException("disk image " + image + " does not exist", missing);
    } catch (IOException | SecurityException unreadable) {
      throw new DiskImageException(
          "disk image " + image + " cannot be opened" + (writable ? " for reading and writing" : "")
              + ": " + unreadable.getMessage(),
          unreadable);
    }
    try {
      return new FileDisk(channel, image.toString());
    } catch (IOException | DiskImageException problem) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the image is refused anyway; the first problem is the one to report
      }
      if (problem instanceof DiskImageException imageProblem) {
        throw imageProblem;
      }
      throw new DiskImageException(
          "disk image " + image + " cannot be read: " + problem.getMessage(), problem);
    }
  }

  @Override
  public long sectorCount() {
    return sectors;
  }

  @Override
  public void readSector(long lba, byte[] buffer) throws IOException {
    ByteBuffer target = ByteBuffer.wrap(buffer, 0, SECTOR_SIZE);
    long position = lba * SECTOR_SIZE;
    while (target.hasRemaining()) {
      int read = channel.read(target, position + target.position());
      if (read < 0) {
        throw new IOException("disk image " + name + " ends inside sector " + lba);
      }
    }
  }

  @Override
  public void writeSector(long lba, byte[] buffer) throws IOException {
    ByteBuffer source = ByteBuffer.wrap(buffer, 0, SECTOR_SIZE);
    long position = lba * SECTOR_SIZE;
    while (source.hasRemaining()) {
      channel.write(source, position + source.position());
    }
  }

  @Override
  public void flush() throws IOException {
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      channel.close();
    }
  }

  @Override
  public String toString() {
    return "disk image " + name + " (" + sectors + " sectors)";
  }
}
