package org.minix3j.servers.vm.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.servers.vm.elf.ElfImage;
import org.minix3j.servers.vm.elf.ElfSegment;
import org.minix3j.servers.vm.elf.ElfSource;
import org.minix3j.servers.vm.memory.FrameAllocator;
import org.minix3j.servers.vm.memory.PageBits;
import org.minix3j.servers.vm.memory.PageTables;
import org.minix3j.servers.vm.memory.PhysicalMemory;
import org.minix3j.servers.vm.memory.VmFailure;
import org.minix3j.servers.vm.space.AddressSpace;
import org.minix3j.servers.vm.space.Region;
import org.minix3j.servers.vm.space.SharedText;
import org.minix3j.servers.vm.space.TextKey;
import org.minix3j.servers.vm.space.TextRegistry;

/**
 * Builds the address space of a checked program: text (segments without PF_W) read-only and
 * shared with a live process of the same {@link TextKey} when the layout matches, otherwise
 * loaded from the file; data from the file and bss zeroed, both writable and not executable;
 * {@link UserLayout#STACK_BYTES} of stack below {@code STACK_TOP} with the relocated exec frame
 * at its top; the break at the page after the highest segment.
 *
 * <p>All or nothing: the frames needed are counted first ({@link Errno#ENOMEM} before anything
 * is allocated when too few are free), and any failure while building releases the new space.
 */
public final class ImageBuilder {
  private static final int PAGE = UserLayout.PAGE_SIZE;
  private static final long STACK_TOP = Integer.toUnsignedLong(UserLayout.STACK_TOP);
  private static final long STACK_BOTTOM = STACK_TOP - UserLayout.STACK_BYTES;
  private static final long SLICE = (long) PAGE * PageTables.ENTRIES;

  private final FrameAllocator frames;
  private final PhysicalMemory memory;
  private final TextRegistry texts;
  private final byte[] page = new byte[PAGE];

  public ImageBuilder(FrameAllocator frames, PhysicalMemory memory, TextRegistry texts) {
    this.frames = frames;
    this.memory = memory;
    this.texts = texts;
  }

  /**
   * The new space for {@code image} read from {@code file}, with {@code frame} (already
   * relocated) at the top of the stack. Throws {@link VmFailure} with nothing left allocated.
   */
  public AddressSpace build(ElfImage image, ElfSource file, TextKey key, byte[] frame) {
    TreeSet<Long> slices = new TreeSet<>();
    long privatePages = UserLayout.STACK_BYTES / PAGE;
    long textPages = 0;
    for (ElfSegment segment : image.segments()) {
      for (long slice = segment.pageStart() / SLICE; slice * SLICE < segment.pageEnd(); slice++) {
        slices.add(slice);
      }
      if (segment.writable()) {
        privatePages += segment.pages();
      } else {
        textPages += segment.pages();
      }
    }
    slices.add(STACK_BOTTOM / SLICE);
    slices.add((STACK_TOP - 1) / SLICE);
    long fixed = 1 + slices.size() + privatePages;
    if (fixed > frames.freeFrames() || textPages > frames.totalFrames()) {
      throw new VmFailure(Errno.ENOMEM, "exec needs at least " + fixed + " frames");
    }
    List<Long> textAddresses = new ArrayList<>();
    List<Integer> textPermissions = new ArrayList<>();
    for (ElfSegment segment : image.segments()) {
      if (!segment.writable()) {
        for (long address = segment.pageStart(); address < segment.pageEnd(); address += PAGE) {
          textAddresses.add(address);
          textPermissions.add(segment.executable() ? PageBits.TEXT : PageBits.READ_ONLY);
        }
      }
    }
    long[] addresses = textAddresses.stream().mapToLong(Long::longValue).toArray();
    int[] permissions = textPermissions.stream().mapToInt(Integer::intValue).toArray();
    SharedText live = texts.find(key);
    boolean reuse = live != null && live.sameLayout(addresses, permissions);
    long needed = fixed + (reuse ? 0 : addresses.length);
    if (needed > frames.freeFrames()) {
      throw new VmFailure(Errno.ENOMEM, "exec needs " + needed + " frames");
    }
    AddressSpace space = AddressSpace.create(frames);
    try {
      SharedText text;
      if (live != null && reuse) {
        texts.use(live);
        space.adoptText(live, frames);
        text = live;
      } else {
        text = new SharedText(key, addresses, permissions);
        space.adoptText(text, frames);
        int index = 0;
        for (ElfSegment segment : image.segments()) {
          if (!segment.writable()) {
            for (long at = segment.pageStart(); at < segment.pageEnd(); at += PAGE) {
              space.loadTextPage(index++, filePage(file, segment, at), memory, frames);
            }
          }
        }
      }
      long imageEnd = 0;
      for (ElfSegment segment : image.segments()) {
        imageEnd = Math.max(imageEnd, segment.end());
        if (segment.writable()) {
          for (long at = segment.pageStart(); at < segment.pageEnd(); at += PAGE) {
            space.mapPrivate(at, PageBits.DATA, dataPage(file, segment, at), memory, frames);
          }
          long dataEnd = Math.max(segment.pageStart(), AddressSpace.roundUp(segment.fileEnd()));
          addRegion(space, Region.Kind.DATA, segment.pageStart(), dataEnd);
          addRegion(space, Region.Kind.BSS, dataEnd, segment.pageEnd());
        } else {
          addRegion(space, Region.Kind.TEXT, segment.pageStart(), segment.pageEnd());
        }
      }
      long frameBase = FrameRelocation.base(frame.length);
      for (long at = STACK_BOTTOM; at < STACK_TOP; at += PAGE) {
        space.mapPrivate(at, PageBits.DATA, framePage(frame, frameBase, at), memory, frames);
      }
      space.addRegion(new Region(Region.Kind.STACK, STACK_BOTTOM, STACK_TOP));
      space.startHeap(imageEnd);
      space.flush(memory, frames);
      texts.register(text);
      return space;
    } catch (VmFailure failure) {
      space.release(frames, texts);
      throw failure;
    }
  }

  private static void addRegion(AddressSpace space, Region.Kind kind, long start, long end) {
    if (end > start) {
      space.addRegion(new Region(kind, start, end));
    }
  }

  /**
   * The data page at {@code address} of {@code segment}, or null when it holds no file bytes
   * (it is zeroed without a copy).
   */
  private byte @Nullable [] dataPage(ElfSource file, ElfSegment segment, long address) {
    return Math.max(address, segment.address()) < Math.min(address + PAGE, segment.fileEnd())
        ? filePage(file, segment, address)
        : null;
  }

  /** The page at {@code address} of {@code segment}: its file bytes, zeros elsewhere. */
  private byte[] filePage(ElfSource file, ElfSegment segment, long address) {
    long from = Math.max(address, segment.address());
    long to = Math.min(address + PAGE, segment.fileEnd());
    Arrays.fill(page, (byte) 0);
    if (from < to) {
      long offset = segment.fileOffset() + (from - segment.address());
      int result = file.read((int) offset, page, (int) (from - address), (int) (to - from));
      if (result != Errno.OK_VALUE) {
        throw new VmFailure(Errno.EFAULT, "ELF file not readable at " + offset + ": " + result);
      }
    }
    return page;
  }

  /** The stack page at {@code address} with the part of the frame that lands on it, or null. */
  private byte @Nullable [] framePage(byte[] frame, long frameBase, long address) {
    long from = Math.max(address, frameBase);
    long to = Math.min(address + PAGE, frameBase + frame.length);
    if (from >= to) {
      return null;
    }
    Arrays.fill(page, (byte) 0);
    System.arraycopy(frame, (int) (from - frameBase), page, (int) (from - address), (int) (to - from));
    return page;
  }
}
