package org.minix3j.kernel.ipc;

import org.minix3j.kernel.proc.ProcessSlot;

/**
 * Fills in the source-specific word of a notification when its receiver takes it (the pending
 * IRQ lines for the hardware source, the alarm for the clock), and the time of delivery.
 */
public interface NotificationSource {
  /** The argument word of a notification from {@code sourceSlot} to {@code receiver}. */
  int argument(ProcessSlot receiver, int sourceSlot);

  /** The simulated time, in microseconds, for the time word. */
  long microseconds();

  /** Notifications with zero in both words. */
  NotificationSource EMPTY =
      new NotificationSource() {
        @Override
        public int argument(ProcessSlot receiver, int sourceSlot) {
          return 0;
        }

        @Override
        public long microseconds() {
          return 0;
        }
      };
}
