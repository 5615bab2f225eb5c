package org.minix3j.boot;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemSlots;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.exec.CoroutineKind;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.run.RunLoop;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.Machine;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.elf.ElfFormatException;

/**
 * A machine booted with the boot image: memory laid out, the root file system in the RAM disk,
 * the kernel's run loop holding every boot service (registered as the image's programs, which
 * SYS_SPAWN starts afresh, and started once from them) and init's bootstrap. RS alone starts with
 * its privilege (from the policy file: the kernel refuses SYS_PRIVCTL aimed at RS); every other
 * process starts with none, and RS, which runs first, gives each its own before it runs.
 *
 * <p>Entry points: {@link #boot}, then {@link #loop()} to run it and {@link #machine()} to reach
 * the console; {@link #close()} powers off.
 */
public final class SystemBoot implements AutoCloseable {
  /** The queue of init's bootstrap, as of every user process. */
  private static final int USER_QUEUE = Scheduler.USER_QUEUE;

  private final Machine machine;
  private final Kernel kernel;
  private final RunLoop loop;
  private final MemoryMap memoryMap;

  private SystemBoot(Machine machine, Kernel kernel, RunLoop loop, MemoryMap memoryMap) {
    this.machine = machine;
    this.kernel = kernel;
    this.loop = loop;
    this.memoryMap = memoryMap;
  }

  /**
   * Boots: a machine of {@code memoryMap.memoryBytes()} on {@code board}, {@code rootImage} in the
   * RAM disk, {@code services} in their slots (RS with {@code rsPrivilege}), init's bootstrap
   * with {@code initArguments}, the clock at {@code hertz}.
   */
  public static SystemBoot boot(
      MemoryMap memoryMap,
      BoardConfiguration board,
      byte[] rootImage,
      List<BootService> services,
      ServicePrivilege rsPrivilege,
      List<String> initArguments,
      int hertz,
      CoroutineKind coroutines)
      throws ElfFormatException {
    if (rootImage.length > memoryMap.ramdisk().size()) {
      throw new IllegalArgumentException("the root image is larger than the RAM disk");
    }
    Machine machine = new Machine(memoryMap.memoryBytes(), board);
    machine.memory().writeBytes((int) memoryMap.ramdisk().base(), rootImage, 0, rootImage.length);
    Kernel kernel =
        new Kernel(SystemSlots.TABLE_SIZE, KernelMutant.NONE, machine.board().bus(), machine.memory());
    RunLoop loop = RunLoop.create(kernel, machine, hertz, coroutines);
    kernel.privileges().setPrivctlSlot(SystemSlots.RS);
    loop.setPmSlot(SystemSlots.PM);
    loop.setRepairSlot(SystemSlots.RS);
    loop.setMagicGrantSlot(SystemSlots.VFS);
    @Nullable Privilege rs = Privilege.from(rsPrivilege, SystemSlots.TABLE_SIZE);
    if (rs == null) {
      throw new IllegalArgumentException("RS's policy does not make a valid privilege");
    }
    for (BootService service : services) {
      loop.registerProgram(service.slot(), service.label(), service.queue(), service.quantum(),
          service.program());
    }
    for (BootService service : services) {
      loop.spawnProgram(service.slot(), service.slot() == SystemSlots.RS ? rs : Privilege.none());
    }
    InitStub.Context init =
        InitStub.build(machine.memory(), (int) memoryMap.bootArea().base(), initArguments);
    loop.spawnUser(SystemSlots.INIT, "init", Privilege.none(), USER_QUEUE,
        Scheduler.DEFAULT_QUANTUM, new UserContext(init.pageDirectory(), init.entry(), init.stack()));
    return new SystemBoot(machine, kernel, loop, memoryMap);
  }

  public Machine machine() {
    return machine;
  }

  public Kernel kernel() {
    return kernel;
  }

  public RunLoop loop() {
    return loop;
  }

  public MemoryMap memoryMap() {
    return memoryMap;
  }

  @Override
  public void close() {
    machine.close();
  }
}
