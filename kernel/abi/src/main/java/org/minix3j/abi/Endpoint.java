package org.minix3j.abi;

/**
 * Endpoints: the names processes use for each other in IPC.
 *
 * <p>An endpoint packs a process-table slot and that slot's generation: {@code generation *
 * GENERATION_SIZE + slot}. When a slot is reused (a process exits and another takes its slot,
 * or RS restarts a driver), the generation goes up, so the old endpoint no longer names
 * anything and IPC addressed to it fails with {@link Errno#EDEADSRCDST}. Slots are numbered
 * from zero; the kernel's own tasks have fixed slots at the bottom. A few values outside the
 * range of real endpoints have special meanings.
 */
public final class Endpoint {
  /** Slots per generation; also the largest process table the encoding allows. */
  public static final int GENERATION_SIZE = 1 << 10;

  /** Generations wrap at this value, so endpoints stay positive 31-bit numbers. */
  public static final int MAX_GENERATION = (Integer.MAX_VALUE / GENERATION_SIZE) - 1;

  /** RECEIVE from any source. */
  public static final int ANY = -1;

  /** No process: an invalid peer. */
  public static final int NONE = -2;

  /** The caller itself. */
  public static final int SELF = -3;

  private Endpoint() {}

  /** The endpoint of {@code slot} at {@code generation}. */
  public static int of(int slot, int generation) {
    if (slot < 0 || slot >= GENERATION_SIZE) {
      throw new IllegalArgumentException("slot out of range: " + slot);
    }
    if (generation < 0 || generation > MAX_GENERATION) {
      throw new IllegalArgumentException("generation out of range: " + generation);
    }
    return generation * GENERATION_SIZE + slot;
  }

  /** Whether {@code endpoint} could name a process (it is not a special value). */
  public static boolean isProcess(int endpoint) {
    return endpoint >= 0;
  }

  /** The process-table slot of a process endpoint. */
  public static int slot(int endpoint) {
    requireProcess(endpoint);
    return endpoint % GENERATION_SIZE;
  }

  /** The generation of a process endpoint. */
  public static int generation(int endpoint) {
    requireProcess(endpoint);
    return endpoint / GENERATION_SIZE;
  }

  /** The generation that follows {@code generation} when a slot is reused. */
  public static int nextGeneration(int generation) {
    return generation >= MAX_GENERATION ? 0 : generation + 1;
  }

  /** A readable form for logs: {@code slot.generation}, or the special name. */
  public static String describe(int endpoint) {
    return switch (endpoint) {
      case ANY -> "ANY";
      case NONE -> "NONE";
      case SELF -> "SELF";
      default -> endpoint < 0 ? "invalid(" + endpoint + ")" : slot(endpoint) + "." + generation(endpoint);
    };
  }

  private static void requireProcess(int endpoint) {
    if (endpoint < 0) {
      throw new IllegalArgumentException("not a process endpoint: " + endpoint);
    }
  }
}
