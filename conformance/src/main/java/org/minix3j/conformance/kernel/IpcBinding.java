package org.minix3j.conformance.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.MonotonicNonNull;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.Notification;
import org.minix3j.conformance.trace.BindingException;
import org.minix3j.conformance.trace.SpecBinding;
import org.minix3j.conformance.trace.SpecState;
import org.minix3j.conformance.trace.Step;
import org.minix3j.conformance.trace.TlaValue;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * spec/Ipc.tla bound to the kernel: each spec slot is a puppet process in the kernel's table,
 * each step is performed through the kernel's IPC trap ({@link Kernel#trap}) or process-table
 * operations ({@link Kernel#exit}, {@link Kernel#spawn}), and the spec's variables are computed
 * from the kernel's process table (the abstraction function, {@link #observe}).
 *
 * <p>Puppets hold every IPC right (the Ipc spec abstracts privileges away). A puppet's message
 * carries its spec id in payload word 0; the history variables are kept from those ids as they
 * are sent, received and handed back (see {@link IpcHistory}).
 */
public final class IpcBinding implements SpecBinding {
  private static final int MESSAGE_TYPE = 0x100;
  private static final int ID_WORD = 2;

  private final KernelMutant mutant;
  private @MonotonicNonNull Kernel kernel;
  private @MonotonicNonNull SpecEndpoints endpoints;
  private @MonotonicNonNull IpcHistory history;
  private List<Long> slots = List.of();

  public IpcBinding(KernelMutant mutant) {
    this.mutant = mutant;
  }

  @Override
  public void reset(SpecState initial) throws BindingException {
    List<Long> specSlots = new ArrayList<>();
    for (TlaValue slot : Values.domain(initial.get("generation"))) {
      specSlots.add(Values.integer(slot));
      if (Values.integer(Values.apply(initial.get("generation"), slot)) != 0
          || !Values.string(Values.apply(initial.get("pstate"), slot)).equals("running")) {
        throw new BindingException("the binding starts from fresh processes only, not " + initial);
      }
    }
    slots = List.copyOf(specSlots);
    long maxSlot = slots.stream().mapToLong(Long::longValue).max().orElseThrow();
    endpoints = new SpecEndpoints(Math.toIntExact(maxSlot + 1));
    int maxMessages = Values.domain(initial.get("addressedTo")).size();
    history = new IpcHistory(maxMessages, Endpoint.NONE);
    kernel = new Kernel(endpoints.kernelSlot(maxSlot) + 1, mutant, new PortBus(),
        new PhysicalMemory(PhysicalMemory.PAGE_SIZE));
    Privilege all = everything(kernel.table().size());
    for (long slot : slots) {
      kernel.spawn(endpoints.kernelSlot(slot), "puppet" + slot, all);
    }
  }

  private static Privilege everything(int tableSize) {
    int ipc = 0;
    for (IpcFunction function : IpcFunction.values()) {
      ipc |= function.maskBit();
    }
    int[] destinations = new int[tableSize];
    for (int i = 0; i < tableSize; i++) {
      destinations[i] = i;
    }
    return new Privilege(ipc, destinations, 0, List.of(), 0, List.of());
  }

  @Override
  public void perform(SpecState before, Step step) throws BindingException {
    Kernel k = requireKernel();
    IpcHistory h = requireHistory();
    int size = k.table().size();
    ProcessState[] stateBefore = new ProcessState[size];
    int[] heldBefore = new int[size];
    for (int i = 0; i < size; i++) {
      ProcessSlot p = k.table().slot(i);
      stateBefore[i] = p.state();
      heldBefore[i] = p.holdsMessage() ? p.message()[ID_WORD] : 0;
    }
    ProcessSlot caller = null;
    switch (step.action()) {
      case "ProcSend" -> {
        caller = puppet(step, "p");
        send(caller, step.parameter("e"), Values.string(step.parameter("kind")).equals("sendrec"));
      }
      // spec: Ipc!ServerReply
      case "ServerReply" -> {
        caller = puppet(step, "r");
        send(caller, step.parameter("e"), false);
      }
      case "ProcReceive" -> {
        caller = puppet(step, "p");
        trap(caller, IpcFunction.RECEIVE, step.parameter("src"));
      }
      case "ProcNotify" -> {
        caller = puppet(step, "p");
        if (trap(caller, IpcFunction.NOTIFY, step.parameter("e")) == Errno.OK_VALUE) {
          h.notifyCount++;
        }
      }
      case "ProcExit" -> {
        ProcessSlot exiting = puppet(step, "p");
        if (!exiting.alive()) {
          throw new BindingException("exit of a dead puppet in " + step);
        }
        k.exit(exiting);
        for (int i = 0; i < size; i++) {
          if (heldBefore[i] != 0 && !k.table().slot(i).holdsMessage()) {
            h.aborted.add(heldBefore[i]);
          }
        }
      }
      case "SlotRestart" -> {
        ProcessSlot slot = puppet(step, "s");
        if (slot.alive()) {
          throw new BindingException("restart of a live puppet in " + step);
        }
        k.spawn(slot.slot(), slot.name(), everything(size));
      }
      default -> throw new BindingException("no kernel operation for action " + step.action());
    }
    recordReceipts(stateBefore, caller, step.action().equals("ProcReceive"));
  }

  /** Messages that reached a receiver in this step: receivedBy and deliveries. */
  private void recordReceipts(
      ProcessState[] stateBefore, @Nullable ProcessSlot caller, boolean callerReceived)
      throws BindingException {
    Kernel k = requireKernel();
    IpcHistory h = requireHistory();
    for (int i = 0; i < stateBefore.length; i++) {
      ProcessSlot p = k.table().slot(i);
      boolean woke = stateBefore[i] == ProcessState.RECEIVING
          && p.state() == ProcessState.RUNNING
          && p.result() == Errno.OK_VALUE;
      boolean tookAtOnce = p == caller && callerReceived && p.result() == Errno.OK_VALUE;
      if ((woke || tookAtOnce) && p.message()[1] != Notification.TYPE) {
        int id = p.message()[ID_WORD];
        if (!h.known(id)) {
          throw new BindingException(p + " received a message with unknown id " + id);
        }
        h.receivedBy[id] = requireEndpoints().toSpec(p.endpoint());
        h.deliveries[id]++;
      }
    }
  }

  private void send(ProcessSlot caller, TlaValue destination, boolean sendrec) throws BindingException {
    IpcHistory h = requireHistory();
    int id = h.nextId;
    int[] words = caller.message();
    java.util.Arrays.fill(words, 0);
    words[1] = MESSAGE_TYPE;
    words[ID_WORD] = id;
    int result = trap(caller, sendrec ? IpcFunction.SENDREC : IpcFunction.SEND, destination);
    if (result == Errno.OK_VALUE || result == Ipc.BLOCKED) {
      if (!h.known(id)) {
        throw new BindingException("more messages than the model's ids");
      }
      h.addressedTo[id] = Values.integer(destination);
      h.nextId++;
    }
  }

  private int trap(ProcessSlot caller, IpcFunction function, TlaValue peer) throws BindingException {
    return requireKernel().trap(caller, function.number(), requireEndpoints().toKernel(Values.integer(peer)));
  }

  private ProcessSlot puppet(Step step, String parameter) throws BindingException {
    return requireKernel().table().slot(requireEndpoints().kernelSlot(Values.integer(step.parameter(parameter))));
  }

  // ---- the abstraction function ----

  @Override
  public SpecState observe() throws BindingException {
    Kernel k = requireKernel();
    SpecEndpoints e = requireEndpoints();
    IpcHistory h = requireHistory();
    Map<TlaValue, TlaValue> generation = new TreeMap<>();
    Map<TlaValue, TlaValue> pstate = new TreeMap<>();
    Map<TlaValue, TlaValue> call = new TreeMap<>();
    Map<TlaValue, TlaValue> peer = new TreeMap<>();
    Map<TlaValue, TlaValue> outbox = new TreeMap<>();
    Map<TlaValue, TlaValue> queue = new TreeMap<>();
    Map<TlaValue, TlaValue> pending = new TreeMap<>();
    Map<TlaValue, TlaValue> result = new TreeMap<>();
    for (long slot : slots) {
      ProcessSlot p = k.table().slot(e.kernelSlot(slot));
      TlaValue key = TlaValue.integer(slot);
      generation.put(key, TlaValue.integer(p.generation()));
      pstate.put(key, TlaValue.string(p.state().name().toLowerCase(java.util.Locale.ROOT)));
      call.put(key, TlaValue.string(p.call().name().toLowerCase(java.util.Locale.ROOT)));
      peer.put(key, TlaValue.integer(e.toSpec(p.peer())));
      outbox.put(key, p.holdsMessage()
          ? message(p.message()[ID_WORD], e.toSpec(p.endpoint()), e.toSpec(p.peer()))
          : message(0, Endpoint.NONE, Endpoint.NONE));
      List<TlaValue> waiting = new ArrayList<>();
      for (ProcessSlot s = p.queueHead(); s != null; s = s.queueNext()) {
        waiting.add(TlaValue.integer(e.specSlot(s.slot())));
      }
      queue.put(key, TlaValue.seq(waiting));
      List<TlaValue> sources = new ArrayList<>();
      for (int source = p.pending().lowest(); source >= 0; source = p.pending().next(source + 1)) {
        sources.add(TlaValue.integer(e.specSlot(source)));
      }
      pending.put(key, TlaValue.set(sources));
      result.put(key, TlaValue.string(resultName(p.result())));
    }
    Map<TlaValue, TlaValue> addressedTo = new TreeMap<>();
    Map<TlaValue, TlaValue> receivedBy = new TreeMap<>();
    Map<TlaValue, TlaValue> deliveries = new TreeMap<>();
    List<TlaValue> aborted = new ArrayList<>();
    for (int id = 1; id <= h.maxMessages(); id++) {
      addressedTo.put(TlaValue.integer(id), TlaValue.integer(h.addressedTo[id]));
      receivedBy.put(TlaValue.integer(id), TlaValue.integer(h.receivedBy[id]));
      deliveries.put(TlaValue.integer(id), TlaValue.integer(h.deliveries[id]));
    }
    h.aborted.forEach(id -> aborted.add(TlaValue.integer(id)));
    return SpecState.builder()
        .put("generation", TlaValue.function(generation))
        .put("pstate", TlaValue.function(pstate))
        .put("call", TlaValue.function(call))
        .put("peer", TlaValue.function(peer))
        .put("outbox", TlaValue.function(outbox))
        .put("queue", TlaValue.function(queue))
        .put("pending", TlaValue.function(pending))
        .put("result", TlaValue.function(result))
        .put("nextId", TlaValue.integer(h.nextId))
        .put("addressedTo", TlaValue.function(addressedTo))
        .put("receivedBy", TlaValue.function(receivedBy))
        .put("deliveries", TlaValue.function(deliveries))
        .put("aborted", TlaValue.set(aborted))
        .put("notifyCount", TlaValue.integer(h.notifyCount))
        .build();
  }

  private static TlaValue message(long id, long source, long destination) {
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    fields.put("id", TlaValue.integer(id));
    fields.put("src", TlaValue.integer(source));
    fields.put("dst", TlaValue.integer(destination));
    return TlaValue.record(fields);
  }

  /** The spec's name of a call result: NONE while blocked, OK, or the error's name. */
  static String resultName(int result) {
    if (result == ProcessSlot.NO_RESULT) {
      return "NONE";
    }
    if (result == Errno.OK_VALUE) {
      return "OK";
    }
    Errno errno = Errno.fromValue(result);
    return errno == null ? "E" + result : errno.name();
  }

  private Kernel requireKernel() throws BindingException {
    if (kernel == null) {
      throw new BindingException("reset first");
    }
    return kernel;
  }

  private SpecEndpoints requireEndpoints() throws BindingException {
    if (endpoints == null) {
      throw new BindingException("reset first");
    }
    return endpoints;
  }

  private IpcHistory requireHistory() throws BindingException {
    if (history == null) {
      throw new BindingException("reset first");
    }
    return history;
  }
}
