package org.minix3j.abi.protocol;

/**
 * How a terminal driver gets a signal to a process group: it NOTIFYs PM, and PM sends {@link
 * #TAKE_SIGNAL} (SENDREC to the driver) until the answer has no signal. The driver never sends
 * to PM.
 */
public final class TtyToPm {
  /**
   * From PM. result: the signal (0 when none is pending); out: w0 the process group to signal.
   */
  public static final int TAKE_SIGNAL = 560;

  private TtyToPm() {}
}
