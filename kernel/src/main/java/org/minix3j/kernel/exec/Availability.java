package org.minix3j.kernel.exec;

/** Whether an implementation can run in this JVM, and if not, why and what to do. */
public record Availability(boolean available, String reason) {
  /** Usable. */
  static Availability yes() {
    return new Availability(true, "available");
  }

  /** Not usable, for {@code reason}. */
  static Availability no(String reason) {
    return new Availability(false, reason);
  }
}
