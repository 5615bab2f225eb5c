package org.minix3j.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.Limits;
import org.minix3j.drivers.ata.AtaConfig;
import org.minix3j.drivers.ata.AtaDriver;
import org.minix3j.drivers.memory.MemoryConfig;
import org.minix3j.drivers.memory.MemoryDriver;
import org.minix3j.drivers.printer.PrinterConfig;
import org.minix3j.drivers.printer.PrinterDriver;
import org.minix3j.drivers.tty.TerminalDriver;
import org.minix3j.drivers.tty.TtyConfig;
import org.minix3j.kernel.exec.CoroutineKind;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.devices.lpt.PrinterSink;
import org.minix3j.machine.devices.uart.SerialSink;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.servers.ds.DataStore;
import org.minix3j.servers.ds.DsConfig;
import org.minix3j.servers.mfs.MfsConfig;
import org.minix3j.servers.mfs.MinixFileServer;
import org.minix3j.servers.pm.PmConfiguration;
import org.minix3j.servers.pm.ProcessManager;
import org.minix3j.servers.rs.ReincarnationServer;
import org.minix3j.servers.rs.RsConfig;
import org.minix3j.servers.rs.policy.PolicyFile;
import org.minix3j.servers.vfs.VfsConfig;
import org.minix3j.servers.vfs.VirtualFileSystem;
import org.minix3j.servers.vm.VirtualMemoryManager;
import org.minix3j.servers.vm.VmConfiguration;

/**
 * minix3j's boot image, MINIX's {@code kernel/table.c}: which system processes the machine
 * starts with, in which slot and queue, with which boot parameters; RS's policy file decides
 * what each may do. Each entry builds a fresh instance every time it is asked, so a service RS
 * restarts begins from nothing but its boot parameters.
 *
 * <p>Queues: RS first (it hands out every privilege before anyone else runs), then the drivers,
 * then the servers, then user processes.
 */
public final class StandardImage {
  /** The machine's memory unless asked otherwise. */
  public static final int DEFAULT_MEMORY_MEBIBYTES = 128;

  /** Clock ticks per second: times(2)'s CLK_TCK, so no conversion is needed. */
  public static final int HERTZ = Limits.CLK_TCK;

  private static final int RS_QUEUE = 0;
  private static final int DRIVER_QUEUE = 2;
  private static final int SERVER_QUEUE = Scheduler.SYSTEM_QUEUE;
  private static final int QUANTUM = Scheduler.DEFAULT_QUANTUM;

  /**
   * What varies between two boots.
   *
   * @param memoryMebibytes the machine's memory
   * @param rootImage the root file system, loaded into the RAM disk
   * @param initArguments init's argv ({@code init}, or {@code init -c CMDLINE})
   * @param console where the console's output goes
   * @param bootEpochSeconds what the CMOS clock reads at power-on
   * @param coroutines how Java system processes run
   * @param printer where what the printer prints goes
   * @param ataImage the image file of the primary ATA disk ({@code /dev/c0d0}), or none
   * @param wrap what is done to each fresh instance of a service (fault injection)
   * @param policy the text of the policy file RS reads, or the built-in one
   */
  @SuppressWarnings("ArrayRecordComponent") // the image is handed over once, never compared
  public record Options(int memoryMebibytes, byte[] rootImage, List<String> initArguments,
      SerialSink console, long bootEpochSeconds, CoroutineKind coroutines, PrinterSink printer,
      Optional<Path> ataImage, ServiceWrap wrap, Optional<String> policy) {
    public Options {
      initArguments = List.copyOf(initArguments);
    }

    /** Options whose printer output is discarded, without an ATA disk. */
    public Options(int memoryMebibytes, byte[] rootImage, List<String> initArguments,
        SerialSink console, long bootEpochSeconds, CoroutineKind coroutines) {
      this(memoryMebibytes, rootImage, initArguments, console, bootEpochSeconds, coroutines,
          PrinterSink.DISCARD, Optional.empty(), ServiceWrap.NONE, Optional.empty());
    }

    /** These options with what the printer prints going to {@code sink}. */
    public Options withPrinter(PrinterSink sink) {
      return new Options(memoryMebibytes, rootImage, initArguments, console, bootEpochSeconds,
          coroutines, sink, ataImage, wrap, policy);
    }

    /** These options with {@code image} as the primary ATA disk. */
    public Options withAtaImage(Path image) {
      return new Options(memoryMebibytes, rootImage, initArguments, console, bootEpochSeconds,
          coroutines, printer, Optional.of(image), wrap, policy);
    }

    /** These options with every fresh instance of a service passed through {@code wrapping}. */
    public Options withServiceWrap(ServiceWrap wrapping) {
      return new Options(memoryMebibytes, rootImage, initArguments, console, bootEpochSeconds,
          coroutines, printer, ataImage, wrapping, policy);
    }

    /** These options with RS reading {@code text} as its policy file. */
    public Options withPolicy(String text) {
      return new Options(memoryMebibytes, rootImage, initArguments, console, bootEpochSeconds,
          coroutines, printer, ataImage, wrap, Optional.of(text));
    }
  }

  private StandardImage() {}

  /** The policy file of the boot image. */
  public static String policyText() throws IOException {
    try (InputStream in = ReincarnationServer.class.getResourceAsStream(PolicyFile.RESOURCE)) {
      if (in == null) {
        throw new IOException("the policy file " + PolicyFile.RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Boots the standard image. */
  public static SystemBoot boot(Options options) throws IOException, ElfFormatException {
    MemoryMap map = MemoryMap.of(options.memoryMebibytes() * MemoryMap.MIB, options.rootImage().length);
    Map<String, Integer> slots = new LinkedHashMap<>();
    slots.put("rs", SystemSlots.RS);
    slots.put("ds", SystemSlots.DS);
    slots.put("pm", SystemSlots.PM);
    slots.put("vm", SystemSlots.VM);
    slots.put("vfs", SystemSlots.VFS);
    slots.put("mfs", SystemSlots.MFS);
    slots.put("tty", SystemSlots.TTY);
    slots.put("memory", SystemSlots.MEMORY);
    slots.put("printer", SystemSlots.PRINTER);
    slots.put("ata", SystemSlots.ATA);
    Map<String, MemoryRange> memoryNames = new LinkedHashMap<>();
    memoryNames.put("pool", map.pool());
    memoryNames.put("ramdisk", map.ramdisk());
    RsConfig rsConfig = new RsConfig(options.policy().orElse(policyText()), "system.conf", slots,
        memoryNames);
    ReincarnationServer rs = new ReincarnationServer(rsConfig);
    MemoryConfig ramdisk = new MemoryConfig(map.ramdisk().base(), map.ramdisk().size());
    VmConfiguration pool = new VmConfiguration(map.pool().base(), map.pool().size());
    VfsConfig vfs = new VfsConfig(Devices.device(Devices.MEMORY_MAJOR, Devices.RAMDISK_MINOR), "mfs");
    ServiceWrap wrap = options.wrap();
    List<BootService> plain = List.of(
        new BootService("rs", SystemSlots.RS, RS_QUEUE, QUANTUM,
            () -> new ReincarnationServer(rsConfig)),
        new BootService("ds", SystemSlots.DS, SERVER_QUEUE, QUANTUM,
            () -> new DataStore(DsConfig.defaults())),
        new BootService("pm", SystemSlots.PM, SERVER_QUEUE, QUANTUM,
            () -> new ProcessManager(PmConfiguration.defaults())),
        new BootService("vm", SystemSlots.VM, SERVER_QUEUE, QUANTUM,
            () -> new VirtualMemoryManager(pool)),
        new BootService("vfs", SystemSlots.VFS, SERVER_QUEUE, QUANTUM,
            () -> new VirtualFileSystem(vfs)),
        new BootService("mfs", SystemSlots.MFS, SERVER_QUEUE, QUANTUM,
            () -> new MinixFileServer(MfsConfig.defaults())),
        new BootService("tty", SystemSlots.TTY, DRIVER_QUEUE, QUANTUM,
            () -> new TerminalDriver(TtyConfig.COM1)),
        new BootService("memory", SystemSlots.MEMORY, DRIVER_QUEUE, QUANTUM,
            () -> new MemoryDriver(ramdisk)),
        new BootService("printer", SystemSlots.PRINTER, DRIVER_QUEUE, QUANTUM,
            () -> new PrinterDriver(PrinterConfig.LPT1)),
        new BootService("ata", SystemSlots.ATA, DRIVER_QUEUE, QUANTUM,
            () -> new AtaDriver(AtaConfig.PRIMARY)));
    List<BootService> services = plain.stream()
        .map(s -> new BootService(s.label(), s.slot(), s.queue(), s.quantum(),
            () -> wrap.wrap(s.label(), s.program().get())))
        .toList();
    BoardConfiguration defaults = BoardConfiguration.defaults()
        .withConsoleSink(options.console())
        .withBootEpochSeconds(options.bootEpochSeconds())
        .withPrinterSink(options.printer());
    BoardConfiguration board = options.ataImage().map(defaults::withDiskImage).orElse(defaults);
    return SystemBoot.boot(map, board, options.rootImage(), services, rs.bootPrivilege("rs"),
        options.initArguments(), HERTZ, options.coroutines());
  }
}
