package org.minix3j.servers.vm.space;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.servers.vm.memory.FrameAllocator;
import org.minix3j.servers.vm.memory.PageBits;
import org.minix3j.servers.vm.memory.PageTables;
import org.minix3j.servers.vm.memory.PhysicalMemory;
import org.minix3j.servers.vm.memory.VmFailure;

/**
 * One user address space: its page tables, the shared text it maps (if any), the private
 * frames of every other page, and VM's record of its regions and break.
 *
 * <p>Invariants: every present entry maps either a page of {@link #text()} (at the text's own
 * address, with the text's permissions) or a private frame that no other space maps; the heap
 * pages are exactly [{@link #heapBase()}, round-up({@link #breakAddress()})), empty when the
 * break is below the heap base. {@link #release}
 * returns every frame: private pages, tables, directory, and one use of the text.
 *
 * <p>Usual order: {@link #create}, map pages ({@link #adoptText}, {@link #loadTextPage}, {@link
 * #mapPrivate}), {@link #flush}; later {@link #forkCopy} or {@link #release}.
 */
public final class AddressSpace {
  private static final int PAGE = UserLayout.PAGE_SIZE;

  private final PageTables tables;
  private final List<Region> layout = new ArrayList<>();
  private @Nullable SharedText text;
  private long imageEnd;
  private long heapBase;
  private long breakAddress;

  private AddressSpace(PageTables tables) {
    this.tables = tables;
  }

  /** An empty space with its directory frame allocated ({@link VmFailure} if none is free). */
  public static AddressSpace create(FrameAllocator frames) {
    return new AddressSpace(PageTables.create(frames));
  }

  /** The physical address of the page directory. */
  public long pageDirectory() {
    return tables.directoryFrame();
  }

  public PageTables tables() {
    return tables;
  }

  public @Nullable SharedText text() {
    return text;
  }

  /**
   * Makes {@code shared} this space's text and maps those of its pages that have frames. The
   * caller has already counted this space as a user of it (a new text starts with one user;
   * {@link TextRegistry#use} adds one).
   */
  public void adoptText(SharedText shared, FrameAllocator frames) {
    if (text != null) {
      throw new IllegalStateException("space already has a text");
    }
    text = shared;
    for (int page = 0; page < shared.pages(); page++) {
      if (shared.frame(page) != FrameAllocator.NO_FRAME) {
        tables.map(shared.address(page), shared.frame(page), shared.permissions(page), frames);
      }
    }
  }

  /** Gives page {@code page} of this space's (new) text a frame holding {@code contents}. */
  public void loadTextPage(int page, byte[] contents, PhysicalMemory memory, FrameAllocator frames) {
    SharedText shared = text;
    if (shared == null || shared.frame(page) != FrameAllocator.NO_FRAME) {
      throw new IllegalStateException("no empty text page " + page);
    }
    long frame = allocate(frames);
    shared.setFrame(page, frame);
    memory.write(frame, contents, 0, PAGE);
    tables.map(shared.address(page), frame, shared.permissions(page), frames);
  }

  /**
   * Maps a new private frame at {@code address} with {@code permissions}, holding {@code
   * contents} (a page) or zeros. On {@link VmFailure} nothing is left allocated for the page.
   */
  public void mapPrivate(long address, int permissions, byte @Nullable [] contents,
      PhysicalMemory memory, FrameAllocator frames) {
    long frame = allocate(frames);
    try {
      if (contents == null) {
        memory.zero(frame);
      } else {
        memory.write(frame, contents, 0, PAGE);
      }
      tables.map(address, frame, permissions, frames);
    } catch (VmFailure failure) {
      frames.free(frame);
      throw failure;
    }
  }

  /**
   * Unmaps the private page at {@code address} and adds its frame (and that of a table it left
   * empty that never reached memory) to {@code toFree}, for the caller to free once the tables
   * are flushed; returns whether a page was there.
   */
  public boolean unmapPrivate(long address, List<Long> toFree) {
    SharedText shared = text;
    if (shared != null && shared.covers(address)) {
      throw new IllegalStateException("text page is not private: 0x" + Long.toHexString(address));
    }
    long frame = tables.unmap(address, toFree);
    if (frame == FrameAllocator.NO_FRAME) {
      return false;
    }
    toFree.add(frame);
    return true;
  }

  /** Writes what changed in the page tables to physical memory. */
  public void flush(PhysicalMemory memory, FrameAllocator frames) {
    tables.flush(memory, frames);
  }

  /** Frames a fork of this space needs: its private pages, its tables and a directory. */
  public long framesToFork() {
    long privatePages = 0;
    for (PageTables.Mapping mapping : tables.mappings()) {
      if (!isText(mapping.address())) {
        privatePages++;
      }
    }
    return privatePages + tables.tableCount() + 1;
  }

  /**
   * A copy of this space for a child: the text shared (one more user), every other page copied
   * into a new frame with the same permissions. Written to physical memory before it returns.
   * On {@link VmFailure} everything allocated for the copy is released again.
   */
  public AddressSpace forkCopy(PhysicalMemory memory, FrameAllocator frames, TextRegistry texts) {
    AddressSpace child = create(frames);
    try {
      SharedText shared = text;
      if (shared != null) {
        texts.use(shared);
        child.adoptText(shared, frames);
      }
      for (PageTables.Mapping mapping : tables.mappings()) {
        if (!isText(mapping.address())) {
          long frame = allocate(frames);
          try {
            memory.copyFrame(PageBits.frame(mapping.entry()), frame);
            child.tables.map(mapping.address(), frame, mapping.entry(), frames);
          } catch (VmFailure failure) {
            frames.free(frame);
            throw failure;
          }
        }
      }
      child.layout.addAll(layout);
      child.imageEnd = imageEnd;
      child.heapBase = heapBase;
      child.breakAddress = breakAddress;
      child.flush(memory, frames);
      return child;
    } catch (VmFailure failure) {
      child.release(frames, texts);
      throw failure;
    }
  }

  /** Frees every frame of the space and drops its use of the text. The space is dead after. */
  public void release(FrameAllocator frames, TextRegistry texts) {
    for (PageTables.Mapping mapping : tables.mappings()) {
      if (!isText(mapping.address())) {
        frames.free(PageBits.frame(mapping.entry()));
      }
    }
    tables.release(frames);
    SharedText shared = text;
    text = null;
    if (shared != null) {
      texts.release(shared, frames);
    }
  }

  /** Records a fixed region (text, data, bss, stack) of the image. */
  public void addRegion(Region region) {
    layout.add(region);
  }

  /**
   * Starts the heap after the image, whose highest byte is below {@code end}: the first break
   * is the page after it, and the break may later go as low as {@code end}.
   */
  public void startHeap(long end) {
    imageEnd = end;
    heapBase = roundUp(end);
    breakAddress = heapBase;
  }

  /** The lowest break allowed: the end of the image's highest segment (bss included). */
  public long lowestBreak() {
    return imageEnd;
  }

  /** The first heap page (the page after the image). */
  public long heapBase() {
    return heapBase;
  }

  public long breakAddress() {
    return breakAddress;
  }

  /** Records the break after the heap pages were mapped or unmapped to match it. */
  public void setBreak(long address) {
    breakAddress = address;
  }

  /** The regions in address order of creation, then the heap if it is not empty. */
  public List<Region> regions() {
    List<Region> result = new ArrayList<>(layout);
    long heapEnd = roundUp(breakAddress);
    if (heapEnd > heapBase) {
      result.add(new Region(Region.Kind.HEAP, heapBase, heapEnd));
    }
    return result;
  }

  /** {@code address} rounded up to a page boundary. */
  public static long roundUp(long address) {
    return (address + PAGE - 1) / PAGE * PAGE;
  }

  private boolean isText(long address) {
    SharedText shared = text;
    return shared != null && shared.covers(address);
  }

  private static long allocate(FrameAllocator frames) {
    long frame = frames.allocate();
    if (frame == FrameAllocator.NO_FRAME) {
      throw new VmFailure(Errno.ENOMEM, "out of frames");
    }
    return frame;
  }
}
