package org.minix3j.servers.pm;

import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Message;
import org.minix3j.servers.pm.table.PmProcess;

/**
 * PM's call table: call number to handler (MINIX's table.c). A user call is made by a live
 * user process and gets its table entry; a system call may come from anyone (system processes
 * included) and gets the source endpoint. A number not in the table gets ENOSYS.
 */
public final class CallTable {
  /** A handler of a call only user processes make. */
  @FunctionalInterface
  public interface UserHandler {
    Reply handle(PmProcess caller, Message request, Message reply);
  }

  /** A handler of a call any process may make. */
  @FunctionalInterface
  public interface AnyHandler {
    Reply handle(int source, Message request, Message reply);
  }

  /** One row of the table. */
  public sealed interface Entry {}

  /** A call of user processes. */
  public record UserCall(String name, UserHandler handler) implements Entry {}

  /** A call of any process. */
  public record AnyCall(String name, AnyHandler handler) implements Entry {}

  private final TreeMap<Integer, Entry> entries = new TreeMap<>();

  /** Adds the user call {@code number}. */
  public CallTable user(int number, String name, UserHandler handler) {
    put(number, new UserCall(name, handler));
    return this;
  }

  /** Adds the call {@code number} open to every process. */
  public CallTable any(int number, String name, AnyHandler handler) {
    put(number, new AnyCall(name, handler));
    return this;
  }

  /** The entry of {@code number}, or null (ENOSYS). */
  public @Nullable Entry lookup(int number) {
    return entries.get(number);
  }

  private void put(int number, Entry entry) {
    if (entries.putIfAbsent(number, entry) != null) {
      throw new IllegalArgumentException("call " + number + " twice in the table");
    }
  }
}
