package org.minix3j.kernel.run;

import java.util.function.Supplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.SystemProcess;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * The programs of the boot image, MINIX's {@code kernel/table.c}: for a system slot, the name,
 * queue and quantum its process runs with, and a factory that builds a fresh instance of its
 * body with the boot parameters. The boot starts the first copy of each from here, and
 * SYS_SPAWN starts every later one (a restart), so a new copy never shares an object with the
 * one before it.
 *
 * <p>Invariant: only slots of the table that are not kernel slots hold a program; a slot's
 * program is registered once, before the run.
 */
final class BootPrograms {
  /** One row of the image. */
  record Program(String name, int queue, int quantum, Supplier<SystemProcess> factory) {}

  private final @Nullable Program[] programs;

  BootPrograms(int slots) {
    programs = new Program[slots];
  }

  /**
   * Registers {@code program} for {@code slot}.
   *
   * @throws IllegalArgumentException for a kernel slot, a slot outside the table, or a slot that
   *     has a program already
   */
  void register(int slot, Program program) {
    if (slot < 0 || slot >= programs.length || ProcessTable.isKernelSlot(slot)) {
      throw new IllegalArgumentException("slot " + slot + " cannot hold a boot program");
    }
    if (programs[slot] != null) {
      throw new IllegalArgumentException("slot " + slot + " has a boot program already");
    }
    programs[slot] = program;
  }

  /** The program of {@code slot}, or null (none registered, or no such slot). */
  @Nullable Program of(int slot) {
    return slot >= 0 && slot < programs.length ? programs[slot] : null;
  }
}
