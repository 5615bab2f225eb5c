package org.minix3j.conformance.recovery;

/**
 * What a file-server path tells the abstraction function of its own state: the driver endpoint
 * it uses now, the request in flight (client number and index; 0 and 0 for none), whether it
 * waits for the driver's next instance, and the requests it took while waiting and keeps for
 * later (client numbers and indexes, oldest first).
 */
public final class FileServerView {
  private java.util.function.IntSupplier driver;
  private java.util.function.BooleanSupplier waiting = () -> false;
  private java.util.function.Supplier<int[][]> kept = () -> new int[][] {new int[0], new int[0]};
  int inFlightClient;
  int inFlightIndex;

  FileServerView(int driver) {
    this.driver = () -> driver;
  }

  /** The path now sends to {@code endpoint}. */
  public void driver(int endpoint) {
    driver = () -> endpoint;
  }

  /** The path sends to whatever {@code endpoint} says (a link that follows new instances). */
  public void driver(java.util.function.IntSupplier endpoint) {
    driver = endpoint;
  }

  int driver() {
    return driver.getAsInt();
  }

  /** The path says through {@code waits} whether it waits, and through {@code keeps} what it keeps. */
  public void waiting(java.util.function.BooleanSupplier waits,
      java.util.function.Supplier<int[][]> keeps) {
    waiting = waits;
    kept = keeps;
  }

  boolean waitsForDriver() {
    return waiting.getAsBoolean();
  }

  /** {client numbers, indexes} of the requests kept while waiting, oldest first. */
  int[][] kept() {
    return kept.get();
  }

  /** The path holds request {@code index} of client {@code client} (0, 0: none). */
  public void inFlight(int client, int index) {
    inFlightClient = client;
    inFlightIndex = index;
  }
}
