package org.minix3j.conformance.recovery;

/**
 * What a file-server path tells the abstraction function of its own state: the driver endpoint
 * it uses now and the request in flight (client number and index; 0 and 0 for none).
 */
public final class FileServerView {
  private java.util.function.IntSupplier driver;
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

  /** The path holds request {@code index} of client {@code client} (0, 0: none). */
  public void inFlight(int client, int index) {
    inFlightClient = client;
    inFlightIndex = index;
  }
}
