package org.minix3j.conformance.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.MonotonicNonNull;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.Notification;
import org.minix3j.abi.PortRange;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.conformance.trace.BindingException;
import org.minix3j.conformance.trace.SpecBinding;
import org.minix3j.conformance.trace.SpecState;
import org.minix3j.conformance.trace.Step;
import org.minix3j.conformance.trace.TlaValue;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.priv.PrivilegeTable;
import org.minix3j.kernel.proc.IpcCall;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortWidth;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * spec/Privileges.tla bound to the kernel: each spec process is a puppet in the kernel's table
 * (in the order of the names), privileges are the kernel's {@link PrivilegeTable}, and each step
 * goes through the kernel's real entry: the IPC trap, the SYS task's calls, an interrupt.
 *
 * <p>The spec looks only at the checks; the IPC behind a permitted call is Ipc.tla's. So a
 * permitted call's IPC result (OK, ELOCKED, EDEADSRCDST) counts as the spec's "OK", and a puppet
 * left blocked by a permitted call is released by its peer before the next step (a receive, a
 * reply or a notification made directly through IPC, outside the privilege checks), so that
 * every puppet can make the next call. The spec's {@code lastOp} is the step's operation with
 * the kernel's result; {@code priv} and {@code hooks} are read from the kernel. Memory region
 * {@code r} is physical page {@code r} of the puppets' machine.
 */
public final class PrivilegesBinding implements SpecBinding {
  /** Puppets take the slots after the kernel's, in the order of their names. */
  private static final int FIRST_SLOT = ProcessTable.KERNEL_SLOTS;
  /** Memory region {@code r} of the spec is the physical page {@code r}. */
  private static final int REGION_SIZE = PhysicalMemory.PAGE_SIZE;
  /** Regions the puppets' machine has room for, at the least. */
  private static final int MAX_REGION = 4;
  /** Bytes each SYS_PHYSCOPY of the spec's ProcPhysCopy reads. */
  private static final int COPIED = 16;

  private final KernelMutant mutant;
  private @MonotonicNonNull Kernel kernel;
  private List<String> names = List.of();
  private List<Long> irqs = List.of();
  private List<Long> regions = List.of();
  private TlaValue lastOp = TlaValue.integer(0);

  public PrivilegesBinding(KernelMutant mutant) {
    this.mutant = mutant;
  }

  @Override
  public void reset(SpecState initial) throws BindingException {
    TlaValue privileges = initial.get("priv");
    List<String> procs = new ArrayList<>();
    for (TlaValue name : Values.domain(privileges)) {
      procs.add(Values.string(name));
    }
    names = List.copyOf(procs);
    List<Long> lines = new ArrayList<>();
    for (TlaValue line : Values.domain(initial.get("hooks"))) {
      lines.add(Values.integer(line));
    }
    irqs = List.copyOf(lines);
    regions = List.copyOf(declaredRegions(initial.get("priv")));
    long highestRegion = regions.stream().mapToLong(Long::longValue).max().orElse(0);
    Kernel k = new Kernel(FIRST_SLOT + names.size(), mutant, new PortBus(),
        new PhysicalMemory(Math.toIntExact((highestRegion + 1) * REGION_SIZE)));
    kernel = k;
    for (String name : names) {
      TlaValue privilege = Values.apply(privileges, TlaValue.string(name));
      if (Values.elements(Values.apply(privilege, TlaValue.string("calls")))
          .contains(TlaValue.string(KernelCall.SYS_PRIVCTL.name()))) {
        k.privileges().setPrivctlSlot(slotOf(name));
      }
    }
    for (String name : names) {
      k.spawn(slotOf(name), name, toKernel(Values.apply(privileges, TlaValue.string(name))));
    }
    lastOp = initial.get("lastOp");
  }

  private int slotOf(String name) throws BindingException {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new BindingException("no process " + name);
    }
    return FIRST_SLOT + index;
  }

  private String nameOf(int slot) {
    return names.get(slot - FIRST_SLOT);
  }

  /** Every memory region some privilege of the model's initial state or policies names. */
  private static List<Long> declaredRegions(TlaValue privileges) throws BindingException {
    List<Long> found = new ArrayList<>();
    for (TlaValue name : Values.domain(privileges)) {
      TlaValue privilege = Values.apply(privileges, name);
      for (TlaValue region : Values.elements(Values.apply(privilege, TlaValue.string("mem")))) {
        found.add(Values.integer(region));
      }
    }
    found.add((long) MAX_REGION);
    return found;
  }

  /**
   * The spec's privilege record as RS asks for it ({@link ServicePrivilege}, destinations as
   * endpoints, each port and memory region a range of its own), turned into the kernel's
   * privilege by the same code SYS_PRIVCTL uses.
   */
  private Privilege toKernel(TlaValue privilege) throws BindingException {
    List<IpcFunction> primitives = new ArrayList<>();
    for (TlaValue primitive : Values.elements(Values.apply(privilege, TlaValue.string("ipc")))) {
      primitives.add(IpcFunction.valueOf(Values.string(primitive)));
    }
    List<Integer> destinations = new ArrayList<>();
    for (TlaValue destination : Values.elements(Values.apply(privilege, TlaValue.string("dst")))) {
      destinations.add(requireKernel().table().slot(slotOf(Values.string(destination)))
          .endpoint());
    }
    List<KernelCall> calls = new ArrayList<>();
    for (TlaValue name : Values.elements(Values.apply(privilege, TlaValue.string("calls")))) {
      KernelCall call = KernelCall.fromName(Values.string(name));
      if (call == null) {
        throw new BindingException("the kernel has no call " + name);
      }
      calls.add(call);
    }
    List<PortRange> portRanges = new ArrayList<>();
    for (TlaValue port : Values.elements(Values.apply(privilege, TlaValue.string("ports")))) {
      int number = Math.toIntExact(Values.integer(port));
      portRanges.add(new PortRange(number, number));
    }
    List<Integer> lines = new ArrayList<>();
    for (TlaValue line : Values.elements(Values.apply(privilege, TlaValue.string("irqs")))) {
      lines.add(Math.toIntExact(Values.integer(line)));
    }
    List<MemoryRange> memory = new ArrayList<>();
    for (TlaValue region : Values.elements(Values.apply(privilege, TlaValue.string("mem")))) {
      memory.add(new MemoryRange(Values.integer(region) * REGION_SIZE, REGION_SIZE));
    }
    Privilege converted = Privilege.from(new ServicePrivilege(primitives, destinations, calls,
        portRanges, lines, memory), requireKernel().table().size());
    if (converted == null) {
      throw new BindingException("the kernel refuses the privilege " + privilege);
    }
    return converted;
  }

  @Override
  public void perform(SpecState before, Step step) throws BindingException {
    Kernel k = requireKernel();
    switch (step.action()) {
      // spec: Privileges!ProcIpc
      case "ProcIpc" -> {
        ProcessSlot caller = puppet(step, "p");
        String primitive = Values.string(step.parameter("prim"));
        ProcessSlot peer = puppet(step, "d");
        int result = k.trap(caller, IpcFunction.valueOf(primitive).number(), peer.endpoint());
        release(caller);
        lastOp = operation("ipc", name(step, "p"), primitive, name(step, "d"), "-", 0, 0, checkResult(result));
      }
      // spec: Privileges!ProcKernelCall
      case "ProcKernelCall" -> {
        String call = Values.string(step.parameter("k"));
        KernelCall kernelCall = KernelCall.fromName(call);
        if (kernelCall == null) {
          throw new BindingException("the kernel has no call " + call);
        }
        int result = k.system().checkAndReport(puppet(step, "p"), kernelCall);
        lastOp = operation("kcall", name(step, "p"), "-", "-", call, 0, 0, checkResult(result));
      }
      // spec: Privileges!ProcDevIo
      case "ProcDevIo" -> {
        long port = Values.integer(step.parameter("port"));
        int result = k.system().devio(puppet(step, "p"), Math.toIntExact(port), PortWidth.BYTE, false, 0, new int[1]);
        lastOp = operation("kcall", name(step, "p"), "-", "-", KernelCall.SYS_DEVIO.name(), port, 0, checkResult(result));
      }
      // spec: Privileges!ProcPhysCopy
      case "ProcPhysCopy" -> {
        long region = Values.integer(step.parameter("r"));
        int result = k.system().physcopy(puppet(step, "p"), region * REGION_SIZE,
            new byte[COPIED], 0, COPIED, false);
        lastOp = operation("kcall", name(step, "p"), "-", "-", KernelCall.SYS_PHYSCOPY.name(), 0,
            0, region, checkResult(result));
      }
      // spec: Privileges!ProcIrqCtl
      case "ProcIrqCtl" -> {
        long line = Values.integer(step.parameter("line"));
        int result = k.system().irqctl(puppet(step, "p"), Math.toIntExact(line), true);
        lastOp = operation("kcall", name(step, "p"), "-", "-", KernelCall.SYS_IRQCTL.name(), 0, line, checkResult(result));
      }
      // spec: Privileges!ProcIrqUnhook
      case "ProcIrqUnhook" -> {
        long line = Values.integer(step.parameter("line"));
        int result = k.system().irqctl(puppet(step, "p"), Math.toIntExact(line), false);
        lastOp = operation("kcall", name(step, "p"), "-", "-", KernelCall.SYS_IRQCTL.name(), 0, line, checkResult(result));
      }
      // spec: Privileges!ProcPrivCtlRefused
      case "ProcPrivCtlRefused" -> {
        ProcessSlot caller = puppet(step, "p");
        ProcessSlot target = puppet(step, "t");
        int result = k.system().privctl(caller, target.endpoint(),
            k.privileges().of(caller.slot()));
        lastOp = operation("kcall", name(step, "p"), "-", name(step, "t"), KernelCall.SYS_PRIVCTL.name(), 0, 0,
            checkResult(result));
      }
      // spec: Privileges!ProcPrivCtl
      case "ProcPrivCtl" -> {
        ProcessSlot target = puppet(step, "t");
        int result = k.system().privctl(puppet(step, "p"), target.endpoint(), toKernel(step.parameter("pol")));
        lastOp = operation("kcall", name(step, "p"), "-", name(step, "t"), KernelCall.SYS_PRIVCTL.name(), 0, 0,
            checkResult(result));
      }
      // spec: Privileges!IrqDeliver
      case "IrqDeliver" -> {
        int line = Math.toIntExact(Values.integer(step.parameter("line")));
        ProcessSlot hooked = puppet(step, "p");
        k.system().interrupt(line);
        String actor = "-";
        for (String name : names) {
          ProcessSlot p = k.table().slot(slotOf(name));
          if (takeHardwareNotification(p, line) && p == hooked) {
            actor = name;
          }
        }
        lastOp = operation("irq", actor, "-", "-", "-", 0, line, "OK");
      }
      default -> throw new BindingException("no kernel operation for action " + step.action());
    }
  }

  /** Receives {@code p}'s pending HARDWARE notification, if any: whether it names {@code line}. */
  private boolean takeHardwareNotification(ProcessSlot p, int line) throws BindingException {
    if (!p.pending().isSet(Notification.HARDWARE)) {
      return false;
    }
    requireKernel().ipc().receive(p, Endpoint.of(Notification.HARDWARE, 0));
    return (p.message()[2 + Notification.ARGUMENT_WORD] & (1 << line)) != 0;
  }

  /** Ends a call the checks let through that left the caller blocked (the Ipc spec's part). */
  private void release(ProcessSlot caller) throws BindingException {
    Kernel k = requireKernel();
    if (caller.state() == ProcessState.SENDING) {
      ProcessSlot receiver = k.table().slot(Endpoint.slot(caller.peer()));
      while (caller.state() == ProcessState.SENDING) {
        k.ipc().receive(receiver, Endpoint.ANY);
      }
    }
    if (caller.state() == ProcessState.RECEIVING) {
      if (caller.call() == IpcCall.SENDREC || Endpoint.isProcess(caller.peer())) {
        ProcessSlot peer = k.table().slot(Endpoint.slot(caller.peer()));
        if (caller.call() == IpcCall.SENDREC) {
          k.ipc().send(peer, caller.endpoint(), false);
        } else {
          k.ipc().notify(peer, caller.endpoint());
        }
      } else {
        k.ipc().kernelNotify(Notification.CLOCK, caller);
      }
    }
    if (caller.state() != ProcessState.RUNNING) {
      throw new BindingException("could not release " + caller);
    }
  }

  /** The spec's result: the privilege refusals as they are; anything else passed the checks. */
  private static String checkResult(int result) {
    if (result == Errno.ETRAPDENIED.wireValue()) {
      return "ETRAPDENIED";
    }
    if (result == Errno.ECALLDENIED.wireValue()) {
      return "ECALLDENIED";
    }
    if (result == Errno.EPERM.wireValue()) {
      return "EPERM";
    }
    return "OK";
  }

  private static TlaValue operation(String op, String actor, String primitive, String peer, String call,
      long port, long irq, String result) {
    return operation(op, actor, primitive, peer, call, port, irq, 0, result);
  }

  private static TlaValue operation(String op, String actor, String primitive, String peer,
      String call, long port, long irq, long region, String result) {
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    fields.put("op", TlaValue.string(op));
    fields.put("actor", TlaValue.string(actor));
    fields.put("prim", TlaValue.string(primitive));
    fields.put("peer", TlaValue.string(peer));
    fields.put("call", TlaValue.string(call));
    fields.put("port", TlaValue.integer(port));
    fields.put("irq", TlaValue.integer(irq));
    fields.put("region", TlaValue.integer(region));
    fields.put("result", TlaValue.string(result));
    return TlaValue.record(fields);
  }

  private ProcessSlot puppet(Step step, String parameter) throws BindingException {
    return requireKernel().table().slot(slotOf(name(step, parameter)));
  }

  private static String name(Step step, String parameter) throws BindingException {
    return Values.string(step.parameter(parameter));
  }

  // ---- the abstraction function ----

  @Override
  public SpecState observe() throws BindingException {
    Kernel k = requireKernel();
    Map<TlaValue, TlaValue> priv = new TreeMap<>();
    for (String name : names) {
      priv.put(TlaValue.string(name), fromKernel(k.privileges().of(slotOf(name))));
    }
    Map<TlaValue, TlaValue> hooks = new TreeMap<>();
    for (long line : irqs) {
      List<TlaValue> hooked = new ArrayList<>();
      for (String name : names) {
        if (k.privileges().hooked(Math.toIntExact(line), slotOf(name))) {
          hooked.add(TlaValue.string(name));
        }
      }
      hooks.put(TlaValue.integer(line), TlaValue.set(hooked));
    }
    return SpecState.builder()
        .put("priv", TlaValue.function(priv))
        .put("hooks", TlaValue.function(hooks))
        .put("lastOp", lastOp)
        .build();
  }

  private TlaValue fromKernel(Privilege privilege) {
    List<TlaValue> ipc = new ArrayList<>();
    for (IpcFunction function : IpcFunction.values()) {
      if (privilege.allows(function)) {
        ipc.add(TlaValue.string(function.name()));
      }
    }
    List<TlaValue> destinations = new ArrayList<>();
    for (int slot : privilege.destinationSlots()) {
      if (slot >= FIRST_SLOT && slot < FIRST_SLOT + names.size()) {
        destinations.add(TlaValue.string(nameOf(slot)));
      } else {
        destinations.add(TlaValue.integer(slot));
      }
    }
    List<TlaValue> calls = new ArrayList<>();
    for (KernelCall call : KernelCall.values()) {
      if (privilege.allows(call)) {
        calls.add(TlaValue.string(call.name()));
      }
    }
    List<TlaValue> allowedPorts = new ArrayList<>();
    for (PortRange range : privilege.ports()) {
      for (int port = range.first(); port <= range.last(); port++) {
        allowedPorts.add(TlaValue.integer(port));
      }
    }
    List<TlaValue> lines = new ArrayList<>();
    for (int line = 0; line < PrivilegeTable.IRQ_LINES; line++) {
      if (privilege.allowsIrq(line)) {
        lines.add(TlaValue.integer(line));
      }
    }
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    fields.put("ipc", TlaValue.set(ipc));
    fields.put("dst", TlaValue.set(destinations));
    fields.put("calls", TlaValue.set(calls));
    fields.put("ports", TlaValue.set(allowedPorts));
    fields.put("irqs", TlaValue.set(lines));
    List<TlaValue> granted = new ArrayList<>();
    for (MemoryRange range : privilege.memory()) {
      granted.add(range.base() % REGION_SIZE == 0 && range.size() == REGION_SIZE
          ? TlaValue.integer(range.base() / REGION_SIZE)
          : TlaValue.string(range.toString()));
    }
    fields.put("mem", TlaValue.set(granted));
    return TlaValue.record(fields);
  }

  private Kernel requireKernel() throws BindingException {
    if (kernel == null) {
      throw new BindingException("reset first");
    }
    return kernel;
  }
}
