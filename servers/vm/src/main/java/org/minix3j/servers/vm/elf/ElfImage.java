package org.minix3j.servers.vm.elf;

import java.util.List;

/** An accepted program: its entry point and its loadable segments, in address order, disjoint by page. */
public record ElfImage(long entry, List<ElfSegment> segments) {
  public ElfImage {
    segments = List.copyOf(segments);
  }
}
