package org.minix3j.machine.differential;

import java.util.List;
import java.util.Set;

/**
 * One generated test sequence: the state it starts from (eight registers, ESP excepted, which
 * the program sets to the stack area; the arithmetic flags; the data area) and its assembly
 * lines, with the flags that are undefined where it ends and the families it used.
 */
record GeneratedSequence(
    int index,
    int[] registers,
    int flags,
    byte[] data,
    List<String> lines,
    int undefinedFlags,
    Set<Family> families) {

  @Override
  public String toString() {
    return "sequence " + index + " (" + lines.size() + " lines)";
  }

  /** The sequence as assembly text, for mismatch reports. */
  String listing() {
    return String.join("\n", lines);
  }
}
