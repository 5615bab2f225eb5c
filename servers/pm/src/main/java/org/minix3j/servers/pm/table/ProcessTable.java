package org.minix3j.servers.pm.table;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemSlots;

/**
 * PM's process table: one {@link PmProcess} per kernel slot, of which PM manages the user
 * slots {@link SystemSlots#FIRST_USER}..{@link SystemSlots#TABLE_SIZE}-1. Lookups never
 * allocate; iteration is by slot, so everything observable follows slot order.
 */
public final class ProcessTable {
  /** pid of init. */
  public static final int INIT_PID = 1;

  /** pids wrap back to 2 past this value. */
  public static final int MAX_PID = 30_000;

  private final PmProcess[] slots = new PmProcess[SystemSlots.TABLE_SIZE];
  private int nextPid = INIT_PID + 1;
  private int nextSlot = SystemSlots.FIRST_USER + 1;

  public ProcessTable() {
    for (int slot = 0; slot < slots.length; slot++) {
      PmProcess process = new PmProcess(slot);
      process.reset();
      slots[slot] = process;
    }
  }

  /** The entry of {@code slot} (0..TABLE_SIZE-1), in use or not. */
  public PmProcess slot(int slot) {
    return slots[slot];
  }

  /** init's entry. */
  public PmProcess init() {
    return slots[SystemSlots.INIT];
  }

  /** The live (not zombie) user process whose endpoint is {@code endpoint}, or null. */
  public @Nullable PmProcess byEndpoint(int endpoint) {
    if (!Endpoint.isProcess(endpoint)) {
      return null;
    }
    int slot = Endpoint.slot(endpoint);
    if (!SystemSlots.isUser(slot)) {
      return null;
    }
    PmProcess process = slots[slot];
    return process.alive() && process.endpoint == endpoint ? process : null;
  }

  /** The process (zombies included) with pid {@code pid}, or null. */
  public @Nullable PmProcess byPid(int pid) {
    if (pid <= 0) {
      return null;
    }
    for (int slot = SystemSlots.FIRST_USER; slot < slots.length; slot++) {
      if (slots[slot].inUse && slots[slot].pid == pid) {
        return slots[slot];
      }
    }
    return null;
  }

  /** Slots in use (zombies included). */
  public int count() {
    int count = 0;
    for (int slot = SystemSlots.FIRST_USER; slot < slots.length; slot++) {
      count += slots[slot].inUse ? 1 : 0;
    }
    return count;
  }

  /** Slots in use by processes whose real uid is {@code uid}. */
  public int countOfUser(int uid) {
    int count = 0;
    for (int slot = SystemSlots.FIRST_USER; slot < slots.length; slot++) {
      count += slots[slot].inUse && slots[slot].realUid == uid ? 1 : 0;
    }
    return count;
  }

  /** A free user slot (searched round-robin, so slots and generations spread), or -1. */
  public int freeSlot() {
    int users = SystemSlots.TABLE_SIZE - SystemSlots.FIRST_USER;
    for (int i = 0; i < users; i++) {
      int slot = SystemSlots.FIRST_USER + (nextSlot - SystemSlots.FIRST_USER + i) % users;
      if (!slots[slot].inUse) {
        nextSlot = slot + 1;
        return slot;
      }
    }
    return -1;
  }

  /** A pid no process uses as pid, process group or session. */
  public int allocatePid() {
    while (true) {
      int candidate = nextPid;
      nextPid = nextPid >= MAX_PID ? INIT_PID + 1 : nextPid + 1;
      if (!pidInUse(candidate)) {
        return candidate;
      }
    }
  }

  /** Whether some process in a group {@code pgid} exists (zombies excluded). */
  public boolean groupExists(int pgid, int sid) {
    for (int slot = SystemSlots.FIRST_USER; slot < slots.length; slot++) {
      PmProcess process = slots[slot];
      if (process.alive() && process.pgid == pgid && process.sid == sid) {
        return true;
      }
    }
    return false;
  }

  /** Whether any process has a caught signal waiting for a retry. */
  public boolean anyDeliveryStuck() {
    for (int slot = SystemSlots.FIRST_USER; slot < slots.length; slot++) {
      if (slots[slot].alive() && slots[slot].deliveryStuck) {
        return true;
      }
    }
    return false;
  }

  private boolean pidInUse(int pid) {
    for (int slot = SystemSlots.FIRST_USER; slot < slots.length; slot++) {
      PmProcess process = slots[slot];
      if (process.inUse && (process.pid == pid || process.pgid == pid || process.sid == pid)) {
        return true;
      }
    }
    return false;
  }
}
