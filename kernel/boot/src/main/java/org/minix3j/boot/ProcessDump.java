package org.minix3j.boot;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Message;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * The process table in words, MINIX's F1 dump: for each live process its slot and name, what
 * it does in IPC (and with whom, and the message type it holds), and whether a kernel signal
 * stops it. What a user reads when the system hangs.
 */
public final class ProcessDump {
  private ProcessDump() {}

  /** One line per live process of {@code system}. */
  public static List<String> lines(SystemBoot system) {
    ProcessTable table = system.kernel().table();
    List<String> lines = new ArrayList<>();
    for (int slot = ProcessTable.KERNEL_SLOTS; slot < table.size(); slot++) {
      ProcessSlot process = table.slot(slot);
      if (!process.alive()) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format("%3d %-8s %-9s", slot,
          process.name(), process.state()));
      if (process.state().blocked()) {
        line.append(' ').append(process.call()).append(' ')
            .append(Endpoint.describe(process.peer()));
        if (process.holdsMessage()) {
          line.append(" type ").append(process.message()[Message.WORDS - 15]);
        }
      }
      if (system.loop().stopped(slot)) {
        line.append(" (stopped by a signal)");
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
