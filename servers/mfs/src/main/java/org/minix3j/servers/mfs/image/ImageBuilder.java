package org.minix3j.servers.mfs.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minix3j.servers.mfs.format.Bitmap;
import org.minix3j.servers.mfs.format.DirectoryEntry;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.LittleEndian;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;

/**
 * Makes a MINIX V3 file system image from a {@link FileTree}, laid out as util-linux's {@code
 * mkfs.minix -3} lays out an empty one: boot block, superblock at byte 1024, inode bitmap from
 * block 2, zone bitmap, inode table, data zones. Inodes are numbered directory by directory (the root is
 * 1, then its entries in name order, then theirs); zones are handed out in the order they are written, each file's data followed by its
 * indirect blocks where they fall. Bitmap bits past the last inode or zone are set, as mkfs.minix
 * sets them.
 *
 * <p>Entry point: {@link #build(FileTree, ImageOptions)}; the result is the whole image.
 */
public final class ImageBuilder {
  private final ImageOptions options;
  private final int blockSize;
  private final byte[] image;
  private final Superblock superblock;
  private int nextInode = MinixFormat.ROOT_INODE;
  private long nextZone;

  private ImageBuilder(ImageOptions options, Superblock superblock) {
    this.options = options;
    this.blockSize = options.blockSize();
    this.superblock = superblock;
    this.image = new byte[Math.toIntExact(options.blocks() * blockSize)];
    this.nextZone = superblock.firstDataZone();
  }

  /** The image of {@code tree} as {@code options} say, or why it cannot be made. */
  public static byte[] build(FileTree tree, ImageOptions options) throws ImageException {
    Superblock superblock = layout(tree, options);
    ImageBuilder builder = new ImageBuilder(options, superblock);
    builder.write(tree);
    return builder.image;
  }

  /** The superblock the image of {@code tree} gets, checked against the zones it needs. */
  static Superblock layout(FileTree tree, ImageOptions options) throws ImageException {
    int blockSize = options.blockSize();
    int perBlock = MinixFormat.inodesPerBlock(blockSize);
    long needed = tree.nodeCount();
    long inodes = options.inodes() == 0 ? (options.blocks() + 2) / 3 : options.inodes();
    inodes = Math.max(inodes, needed);
    inodes = (inodes + perBlock - 1) / perBlock * perBlock;
    long bits = MinixFormat.bitsPerBlock(blockSize);
    long inodeMapBlocks = (inodes + 1 + bits - 1) / bits;
    long inodeBlocks = inodes / perBlock;
    long zoneMapBlocks = 1;
    long firstDataZone;
    while (true) {
      firstDataZone = MinixFormat.FIRST_MAP_BLOCK + inodeMapBlocks + zoneMapBlocks + inodeBlocks;
      long zoneBits = options.blocks() - firstDataZone + 1;
      if (zoneMapBlocks * bits >= zoneBits) {
        break;
      }
      zoneMapBlocks++;
    }
    if (firstDataZone > 0xffff || inodeMapBlocks > 0xffff || zoneMapBlocks > 0xffff) {
      throw new ImageException(inodes + " inodes in " + options.blocks() + " blocks: the"
          + " metadata does not fit the superblock's 16-bit fields; use fewer inodes");
    }
    if (firstDataZone >= options.blocks()) {
      throw new ImageException(options.blocks() + " blocks leave no room for data after "
          + firstDataZone + " blocks of metadata");
    }
    long zonesNeeded = zonesNeeded(tree.root(), blockSize);
    long available = options.blocks() - firstDataZone;
    if (zonesNeeded > available) {
      throw new ImageException("the tree needs " + zonesNeeded + " data blocks of " + blockSize
          + " bytes; the image has " + available + " (make it at least "
          + (firstDataZone + zonesNeeded) + " blocks)");
    }
    return new Superblock(inodes, (int) inodeMapBlocks, (int) zoneMapBlocks, (int) firstDataZone,
        0, MinixFormat.addressableBytes(blockSize), options.blocks(), MinixFormat.MAGIC_V3,
        blockSize, 0);
  }

  private static long zonesNeeded(FileTree.Node node, int blockSize) throws ImageException {
    return switch (node) {
      case FileTree.Directory directory -> {
        long total = zonesForSize((directory.entries().size() + 2L) * MinixFormat.DIRENT_SIZE,
            blockSize);
        for (FileTree.Node child : directory.entries().values()) {
          total += zonesNeeded(child, blockSize);
        }
        yield total;
      }
      case FileTree.RegularFile file -> {
        if (file.contents().length > MinixFormat.addressableBytes(blockSize)) {
          throw new ImageException("a file of " + file.contents().length
              + " bytes exceeds the largest file of " + MinixFormat.addressableBytes(blockSize));
        }
        yield zonesForSize(file.contents().length, blockSize);
      }
      case FileTree.Symlink link -> {
        if (link.target().getBytes(StandardCharsets.UTF_8).length >= blockSize) {
          throw new ImageException("symbolic link target '" + link.target()
              + "' does not fit one block");
        }
        yield 1;
      }
      case FileTree.DeviceNode device -> 0;
    };
  }

  /** Data zones plus indirect blocks for a file of {@code size} bytes. */
  static long zonesForSize(long size, int blockSize) {
    long data = (size + blockSize - 1) / blockSize;
    long perIndirect = MinixFormat.zonesPerIndirect(blockSize);
    long total = data;
    long rest = data - MinixFormat.DIRECT_ZONES;
    if (rest > 0) {
      total++;
      rest -= perIndirect;
    }
    if (rest > 0) {
      total += 1 + (rest + perIndirect - 1) / perIndirect;
    }
    return total;
  }

  private void write(FileTree tree) {
    superblock.encode(image, MinixFormat.SUPERBLOCK_OFFSET);
    fillMaps();
    writeNode(tree.root(), MinixFormat.ROOT_INODE, MinixFormat.ROOT_INODE);
  }

  /** Sets every bitmap bit, then clears the bits of the inodes and zones that exist. */
  private void fillMaps() {
    int mapStart = MinixFormat.FIRST_MAP_BLOCK * blockSize;
    int mapBytes = (superblock.inodeMapBlocks() + superblock.zoneMapBlocks()) * blockSize;
    java.util.Arrays.fill(image, mapStart, mapStart + mapBytes, (byte) 0xff);
    for (long inode = 1; inode <= superblock.inodes(); inode++) {
      mark(inodeMapOffset(), inode, false);
    }
    for (long bit = 1; bit < superblock.zoneMapBits(); bit++) {
      mark(zoneMapOffset(), bit, false);
    }
  }

  private int inodeMapOffset() {
    return MinixFormat.FIRST_MAP_BLOCK * blockSize;
  }

  private int zoneMapOffset() {
    return (MinixFormat.FIRST_MAP_BLOCK + superblock.inodeMapBlocks()) * blockSize;
  }

  private void mark(int mapOffset, long bit, boolean used) {
    if (used) {
      Bitmap.set(image, mapOffset, (int) bit);
    } else {
      Bitmap.clear(image, mapOffset, (int) bit);
    }
  }

  /** Writes {@code node} as inode {@code number} (already taken) in the directory {@code parent}. */
  private void writeNode(FileTree.Node node, int number, int parent) {
    mark(inodeMapOffset(), number, true);
    DiskInode inode = new DiskInode(number);
    inode.uid = node.uid();
    inode.gid = node.gid();
    inode.touchAll(options.time());
    inode.links = 1;
    switch (node) {
      case FileTree.Directory directory -> writeDirectory(directory, inode, parent);
      case FileTree.RegularFile file -> {
        inode.mode = FileTypes.S_IFREG | file.permissions();
        writeData(inode, file.contents());
      }
      case FileTree.Symlink link -> {
        inode.mode = FileTypes.S_IFLNK | link.permissions();
        writeData(inode, link.target().getBytes(StandardCharsets.UTF_8));
      }
      case FileTree.DeviceNode device -> {
        inode.mode = device.type() | device.permissions();
        inode.zones[0] = device.device();
      }
    }
    storeInode(inode);
  }

  private void writeDirectory(FileTree.Directory directory, DiskInode inode, int parent) {
    inode.mode = FileTypes.S_IFDIR | directory.permissions();
    int count = directory.entries().size() + 2;
    byte[] contents = new byte[count * MinixFormat.DIRENT_SIZE];
    DirectoryEntry.write(contents, 0, inode.number, DirectoryEntry.bytes("."));
    DirectoryEntry.write(contents, MinixFormat.DIRENT_SIZE, parent, DirectoryEntry.bytes(".."));
    List<Map.Entry<FileTree.Node, Integer>> children = new ArrayList<>();
    int slot = 2;
    int subdirectories = 0;
    for (Map.Entry<String, FileTree.Node> entry : directory.entries().entrySet()) {
      int child = ++nextInode;
      DirectoryEntry.write(contents, slot++ * MinixFormat.DIRENT_SIZE, child,
          DirectoryEntry.bytes(entry.getKey()));
      children.add(Map.entry(entry.getValue(), child));
      if (entry.getValue() instanceof FileTree.Directory) {
        subdirectories++;
      }
    }
    inode.links = 2 + subdirectories;
    writeData(inode, contents);
    for (Map.Entry<FileTree.Node, Integer> child : children) {
      writeNode(child.getKey(), child.getValue(), inode.number);
    }
  }

  /** Writes {@code contents} into fresh zones of {@code inode} and sets its size. */
  private void writeData(DiskInode inode, byte[] contents) {
    inode.size = contents.length;
    int perIndirect = MinixFormat.zonesPerIndirect(blockSize);
    int blocks = (contents.length + blockSize - 1) / blockSize;
    int indirect = 0;
    int doubleIndirect = 0;
    int currentSingle = 0;
    for (int index = 0; index < blocks; index++) {
      int zone = allocateZone();
      int from = index * blockSize;
      int length = Math.min(blockSize, contents.length - from);
      System.arraycopy(contents, from, image, zone * blockSize, length);
      if (index < MinixFormat.DIRECT_ZONES) {
        inode.zones[index] = zone;
        continue;
      }
      int rest = index - MinixFormat.DIRECT_ZONES;
      if (rest < perIndirect) {
        if (indirect == 0) {
          indirect = allocateZone();
          inode.zones[MinixFormat.INDIRECT] = indirect;
        }
        putZone(indirect, rest, zone);
        continue;
      }
      rest -= perIndirect;
      if (doubleIndirect == 0) {
        doubleIndirect = allocateZone();
        inode.zones[MinixFormat.DOUBLE_INDIRECT] = doubleIndirect;
      }
      if (rest % perIndirect == 0) {
        currentSingle = allocateZone();
        putZone(doubleIndirect, rest / perIndirect, currentSingle);
      }
      putZone(currentSingle, rest % perIndirect, zone);
    }
  }

  private void putZone(int indirectZone, int index, int zone) {
    LittleEndian.put32(image, indirectZone * blockSize + index * MinixFormat.ZONE_NUMBER_SIZE, zone);
  }

  private int allocateZone() {
    long zone = nextZone++;
    mark(zoneMapOffset(), zone - superblock.firstDataZone() + 1, true);
    return (int) zone;
  }

  private void storeInode(DiskInode inode) {
    long offset = superblock.inodeTableBlock() * blockSize
        + (long) (inode.number - 1) * MinixFormat.INODE_SIZE;
    inode.encode(image, (int) offset);
  }
}
