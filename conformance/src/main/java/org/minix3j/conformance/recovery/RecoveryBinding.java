package org.minix3j.conformance.recovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.conformance.kernel.Values;
import org.minix3j.conformance.trace.BindingException;
import org.minix3j.conformance.trace.SpecBinding;
import org.minix3j.conformance.trace.SpecState;
import org.minix3j.conformance.trace.Step;
import org.minix3j.conformance.trace.TlaValue;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.servers.mfs.MfsMutant;
import org.minix3j.servers.rs.RsMutant;

/**
 * spec/Recovery.tla (model MCRecoveryConform) bound to the real RS, DS and the file server's
 * recovery paths on the real kernel ({@link RecoverySystem}), with puppet clients, drivers and
 * PM.
 *
 * <p>Steps. A puppet's step is a command to it: ClientCall (the client's SENDREC), DriverReply,
 * DriverPong, DriverCrash, DriverHang, and RSReap after a crash (PM's death report); RSPeriod is
 * RS's alarm. The others, RSKillHung, RSReap after a missed heartbeat, RSRestart, FSSend,
 * DriverReceive and FSCheckDS, are what the servers and a receiving driver do by themselves in
 * response: the model orders them right after the step that enables them (its ConformOrder),
 * the system has done them when the enabling step's run ended, and the binding only checks the
 * state. The implementation takes such a group of steps in one go, so the state is compared
 * after the group's last step ({@link #settled}).
 *
 * <p>The abstraction function ({@link #observe}): RS's variables from RsCalls.LIST (rsState from
 * the state, rsEndpoint, crashCount = restarts plus the failure it waits to repair, backoff =
 * the delay left in periods, heartbeat from the ping word), dsTable from DS's RETRIEVE, proc
 * from the kernel's process table (alive, generation) with the puppet's own record (hung, the
 * request it holds) and RS's state (a dead instance RS has not reaped is "exited"), the file
 * server's phase from the kernel (blocked sending to, or receiving from, the driver; receiving
 * from CLOCK while it waits for a new instance) and its queue from its request in flight and
 * the clients queued on it; the clients' variables from what they got back. Derived: dsChanged
 * (DS's endpoint differs from the one the file server uses); fsLastResult (OK once the driver
 * took the request, EDEADSRCDST while the file server waits for a new instance or once it
 * followed one, which it does only after an IPC failed); retired (the endpoints of the slot's
 * earlier generations, and its own once dead); charTaken and faults (counted by the puppets and
 * the binding). Not compared: waited, the spec's history of the periods waited, which RS does
 * not keep.
 */
public final class RecoveryBinding implements SpecBinding {
  /** Spec slot 1 and 2: the disk's and the printer's kernel slots. */
  private static final int[] KERNEL_SLOT = {0, SystemSlots.ATA, SystemSlots.PRINTER};
  private static final String[] LABEL = {"", RecoverySystem.DISK, RecoverySystem.PRINTER};
  /** MCRecoveryConform's Script: per client, each request's label and payload. */
  private static final String[][] SCRIPT_LABEL = {{}, {"disk", "printer", "disk"},
      {"disk", "printer"}};
  private static final int[][] SCRIPT_PAYLOAD = {{}, {1, 1, 2}, {2, 2}};

  private final RsMutant rsMutant;
  private final MfsMutant mfsMutant;
  private @Nullable RecoverySystem system;
  private int faults;
  private final Map<String, String> lastResult = new LinkedHashMap<>();
  private final Map<String, TlaValue> lastFsEndpoint = new LinkedHashMap<>();

  public RecoveryBinding(RsMutant rsMutant, MfsMutant mfsMutant) {
    this.rsMutant = rsMutant;
    this.mfsMutant = mfsMutant;
  }

  @Override
  public void reset(SpecState initial) throws BindingException {
    if (system != null) {
      system.close();
    }
    system = new RecoverySystem(2, rsMutant, mfsMutant);
    faults = 0;
    lastResult.clear();
    lastFsEndpoint.clear();
    lastResult.put(RecoverySystem.DISK, "OK");
    lastResult.put(RecoverySystem.PRINTER, "OK");
  }

  @Override
  public void perform(SpecState before, Step step) throws BindingException {
    RecoverySystem s = require();
    switch (step.action()) {
      case "ClientCall" -> { // spec: Recovery!ClientCall
        int client = client(step.parameter("c"));
        int index = (int) integer(Values.apply(before.get("clientPc"), step.parameter("c")));
        String label = SCRIPT_LABEL[client][index - 1];
        int fileServer = label.equals(RecoverySystem.DISK) ? SystemSlots.MFS : SystemSlots.VFS;
        Puppets.ClientRecord record = s.puppets.clients.get(client);
        if (record == null) {
          throw new BindingException("no client " + client);
        }
        s.command(record.mailbox, RecoverySystem.FIRST_CLIENT + client - 1,
            new Puppets.Command(Integer.toString(fileServer),
                index * 100 + SCRIPT_PAYLOAD[client][index - 1]));
      }
      case "DriverReply" -> driver(s, step, "reply"); // spec: Recovery!DriverReply
      case "DriverPong" -> driver(s, step, "pong"); // spec: Recovery!DriverPong
      case "DriverCrash" -> { // spec: Recovery!DriverCrash
        faults++;
        driver(s, step, "crash");
      }
      case "DriverHang" -> { // spec: Recovery!DriverHang
        faults++;
        driver(s, step, "hang");
      }
      case "RSPeriod" -> s.period(); // spec: Recovery!RSPeriod
      case "RSReap" -> { // spec: Recovery!RSReap
        String heartbeat = Values.string(Values.apply(before.get("heartbeat"), step.parameter("d")));
        if (heartbeat.equals("missed")) {
          s.settle(); // RS repaired it itself, in the period that found the ping unanswered
        } else { // after a crash: PM's death report
          TlaValue endpoint = Values.apply(before.get("rsEndpoint"), step.parameter("d"));
          s.command(s.puppets.pm.mailbox, SystemSlots.PM,
              new Puppets.Command("reap", kernelEndpoint(endpoint)));
        }
      }
      // spec: Recovery!RSKillHung, Recovery!RSRestart, Recovery!FSSend, Recovery!FSCheckDS,
      // Recovery!DriverReceive: done by the servers in the run of the step that enabled them
      case "RSKillHung", "RSRestart", "FSSend", "FSCheckDS", "DriverReceive" -> s.settle();
      default -> throw new BindingException("no operation for action " + step.action());
    }
  }

  private void driver(RecoverySystem s, Step step, String command) throws BindingException {
    int slot = KERNEL_SLOT[(int) integer(step.parameter("s"))];
    Puppets.DriverRecord record = s.puppets.drivers.get(slot);
    if (record == null) {
      throw new BindingException("no driver in slot " + slot);
    }
    s.command(record.mailbox, slot, new Puppets.Command(command, 0));
  }

  /**
   * Whether the implementation is at rest after a step into {@code after}: no step of the
   * servers' own is due there (the model's ServerStepDue), so it has taken no step beyond it.
   */
  @Override
  public boolean settled(SpecState after) {
    try {
      return !RecoveryOrder.serverStepDue(after);
    } catch (BindingException e) {
      return true;
    }
  }

  @Override
  public Set<String> comparedVariables(List<String> specVariables) {
    List<String> compared = new ArrayList<>(specVariables);
    compared.remove("waited");
    return Set.copyOf(compared);
  }

  // ---- the abstraction function ----

  @Override
  public SpecState observe() throws BindingException {
    RecoverySystem s = require();
    Puppets.ObserverRecord rs = s.observe();
    Map<TlaValue, TlaValue> rsState = new TreeMap<>();
    Map<TlaValue, TlaValue> rsEndpoint = new TreeMap<>();
    Map<TlaValue, TlaValue> crashCount = new TreeMap<>();
    Map<TlaValue, TlaValue> backoff = new TreeMap<>();
    Map<TlaValue, TlaValue> heartbeat = new TreeMap<>();
    Map<TlaValue, TlaValue> dsTable = new TreeMap<>();
    Map<TlaValue, TlaValue> dsChanged = new TreeMap<>();
    Map<TlaValue, TlaValue> fsEndpoint = new TreeMap<>();
    Map<TlaValue, TlaValue> fsQueue = new TreeMap<>();
    Map<TlaValue, TlaValue> fsPhase = new TreeMap<>();
    Map<TlaValue, TlaValue> fsLastResult = new TreeMap<>();
    Map<String, Boolean> up = new LinkedHashMap<>();
    for (int spec = 1; spec <= 2; spec++) {
      String label = LABEL[spec];
      TlaValue key = TlaValue.string(label);
      int[] row = rs.list.get(label);
      if (row == null) {
        throw new BindingException("RS does not list " + label);
      }
      String state = switch (row[6]) {
        case RsCalls.STATE_UP -> "up";
        case RsCalls.STATE_BACKOFF -> "backoff";
        default -> "state " + (char) row[6];
      };
      up.put(label, state.equals("up"));
      rsState.put(key, TlaValue.string(state));
      rsEndpoint.put(key, specEndpoint(row[4]));
      crashCount.put(key, TlaValue.integer(row[5] + (state.equals("backoff") ? 1 : 0)));
      backoff.put(key, TlaValue.integer(Math.ceilDiv(row[9], RecoverySystem.PERIOD_MILLIS)));
      heartbeat.put(key, TlaValue.string(row[11] != 0 ? "pinged" : "idle"));
      Integer published = rs.published.get(label);
      TlaValue ds = specEndpoint(published == null ? -1 : published);
      dsTable.put(key, ds);

      boolean block = spec == 1;
      ProcessSlot fs = s.kernel.table().slot(block ? SystemSlots.MFS : SystemSlots.VFS);
      FileServerView view = block ? s.blockView : s.charView;
      String phase = view.waitsForDriver() && fs.state() == ProcessState.RECEIVING
          ? "waitingDriver" : phase(fs);
      int endpoint = phase.equals("sending") || phase.equals("awaitingReply")
          ? fs.peer() : view.driver();
      TlaValue fsUses = specEndpoint(endpoint);
      fsEndpoint.put(key, fsUses);
      dsChanged.put(key, TlaValue.bool(!ds.equals(fsUses)));
      fsPhase.put(key, TlaValue.string(phase));
      List<TlaValue> queue = new ArrayList<>();
      if (view.inFlightClient != 0) {
        queue.add(request(view.inFlightClient, view.inFlightIndex));
      }
      int[][] kept = view.kept();
      for (int i = 0; i < kept[0].length; i++) {
        queue.add(request(kept[0][i], kept[1][i])); // taken while it waited, served next
      }
      for (ProcessSlot waiting = fs.queueHead(); waiting != null; waiting = waiting.queueNext()) {
        int client = waiting.slot() - RecoverySystem.FIRST_CLIENT + 1;
        Puppets.ClientRecord record = s.puppets.clients.get(client);
        if (record != null) {
          queue.add(request(client, record.current));
        }
      }
      fsQueue.put(key, TlaValue.seq(queue));
      Puppets.DriverRecord driver = s.puppets.drivers.get(KERNEL_SLOT[spec]);
      TlaValue before = lastFsEndpoint.put(label, fsUses);
      boolean taken = driver != null && driver.holdingClient != 0
          && s.kernel.table().slot(KERNEL_SLOT[spec]).alive();
      if (taken) {
        lastResult.put(label, "OK");
      } else if (phase.equals("waitingDriver") || (before != null && !before.equals(fsUses))) {
        // it waits for a new instance, or followed one: only a failed IPC makes it do either
        lastResult.put(label, "EDEADSRCDST");
      }
      fsLastResult.put(key, TlaValue.string(lastResult.getOrDefault(label, "OK")));
    }
    Map<TlaValue, TlaValue> proc = new TreeMap<>();
    List<TlaValue> retired = new ArrayList<>();
    for (int spec = 1; spec <= 2; spec++) {
      ProcessSlot slot = s.kernel.table().slot(KERNEL_SLOT[spec]);
      Puppets.DriverRecord driver = s.puppets.drivers.get(KERNEL_SLOT[spec]);
      int generation = slot.generation() + 1;
      String state;
      if (slot.alive()) {
        state = driver != null && driver.hung ? "hung" : "running";
      } else {
        state = Boolean.TRUE.equals(up.get(LABEL[spec])) ? "exited" : "free";
      }
      Map<String, TlaValue> fields = new LinkedHashMap<>();
      fields.put("state", TlaValue.string(state));
      fields.put("label", TlaValue.string(state.equals("free") ? "none" : LABEL[spec]));
      fields.put("gen", TlaValue.integer(generation));
      fields.put("holding", slot.alive() && driver != null && driver.holdingClient != 0
          ? request(driver.holdingClient, driver.holdingIndex) : TlaValue.seq());
      proc.put(TlaValue.integer(spec), TlaValue.record(fields));
      int lastRetired = slot.alive() ? generation - 1 : generation;
      for (int g = 1; g <= lastRetired; g++) {
        retired.add(TlaValue.seq(TlaValue.integer(spec), TlaValue.integer(g)));
      }
    }
    Map<TlaValue, TlaValue> clientPc = new TreeMap<>();
    Map<TlaValue, TlaValue> outcome = new TreeMap<>();
    Map<TlaValue, TlaValue> replyData = new TreeMap<>();
    Map<TlaValue, TlaValue> charTaken = new TreeMap<>();
    for (int client = 1; client <= 2; client++) {
      Puppets.ClientRecord record = s.puppets.clients.get(client);
      int pc = 1;
      for (int index = 1; index <= SCRIPT_LABEL[client].length; index++) {
        String result = record == null ? null : record.outcome.get(index);
        String shown = result == null ? "unissued" : result;
        if (shown.equals("OK") || shown.equals("EIO")) {
          pc = index + 1;
        }
        TlaValue id = request(client, index);
        outcome.put(id, TlaValue.string(shown));
        int[] data = record == null ? null : record.data.get(index);
        replyData.put(id, shown.equals("OK") && data != null
            ? TlaValue.seq(TlaValue.string(data[0] >= 1 && data[0] <= 2 ? LABEL[data[0]]
                : "code " + data[0]), TlaValue.integer(data[1]))
            : TlaValue.seq());
        if (SCRIPT_LABEL[client][index - 1].equals(RecoverySystem.PRINTER)) {
          charTaken.put(id, TlaValue.integer(Math.min(2,
              s.puppets.charTaken.getOrDefault(client * 100 + index, 0))));
        }
      }
      clientPc.put(TlaValue.string("c" + client), TlaValue.integer(pc));
    }
    return SpecState.builder()
        .put("proc", TlaValue.function(proc))
        .put("rsState", TlaValue.function(rsState))
        .put("rsEndpoint", TlaValue.function(rsEndpoint))
        .put("crashCount", TlaValue.function(crashCount))
        .put("backoff", TlaValue.function(backoff))
        .put("heartbeat", TlaValue.function(heartbeat))
        .put("dsTable", TlaValue.function(dsTable))
        .put("dsChanged", TlaValue.function(dsChanged))
        .put("fsEndpoint", TlaValue.function(fsEndpoint))
        .put("fsQueue", TlaValue.function(fsQueue))
        .put("fsPhase", TlaValue.function(fsPhase))
        .put("fsLastResult", TlaValue.function(fsLastResult))
        .put("clientPc", TlaValue.function(clientPc))
        .put("outcome", TlaValue.function(outcome))
        .put("replyData", TlaValue.function(replyData))
        .put("charTaken", TlaValue.function(charTaken))
        .put("retired", TlaValue.set(retired))
        .put("faults", TlaValue.integer(faults))
        .build();
  }

  /** The spec's phase of a file-server path from its kernel slot. */
  private static String phase(ProcessSlot fs) {
    if (fs.state() == ProcessState.SENDING && isDriver(fs.peer())) {
      return "sending";
    }
    if (fs.state() == ProcessState.RECEIVING && isDriver(fs.peer())) {
      return "awaitingReply";
    }
    return fs.state() == ProcessState.RECEIVING ? "idle" : "busy " + fs.state();
  }

  private static boolean isDriver(int endpoint) {
    return Endpoint.isProcess(endpoint) && (Endpoint.slot(endpoint) == SystemSlots.ATA
        || Endpoint.slot(endpoint) == SystemSlots.PRINTER);
  }

  private static TlaValue request(int client, int index) {
    return TlaValue.seq(TlaValue.string("c" + client), TlaValue.integer(index));
  }

  /** The spec's {@code <<slot, generation>>} of a kernel endpoint (spec generations from 1). */
  private static TlaValue specEndpoint(int endpoint) {
    if (!Endpoint.isProcess(endpoint)) {
      return TlaValue.seq(TlaValue.integer(0), TlaValue.integer(endpoint));
    }
    int slot = Endpoint.slot(endpoint);
    int spec = slot == SystemSlots.ATA ? 1 : slot == SystemSlots.PRINTER ? 2 : 100 + slot;
    return TlaValue.seq(TlaValue.integer(spec), TlaValue.integer(Endpoint.generation(endpoint) + 1));
  }

  private static int kernelEndpoint(TlaValue endpoint) throws BindingException {
    long spec = integer(Values.apply(endpoint, TlaValue.integer(1)));
    long generation = integer(Values.apply(endpoint, TlaValue.integer(2)));
    return Endpoint.of(KERNEL_SLOT[(int) spec], (int) generation - 1);
  }

  private static int client(TlaValue name) throws BindingException {
    return Integer.parseInt(Values.string(name).substring(1));
  }

  private static long integer(TlaValue value) throws BindingException {
    return Values.integer(value);
  }

  private RecoverySystem require() throws BindingException {
    if (system == null) {
      throw new BindingException("reset first");
    }
    return system;
  }
}
