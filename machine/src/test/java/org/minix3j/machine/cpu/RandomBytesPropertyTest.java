package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Robustness: random bytes executed under a random page map (present or not, user or
 * supervisor, writable or not, no-execute or not, some frames and page tables outside RAM) with
 * random registers. Whatever happens must come back as a {@link Trap}; no Java exception may
 * escape, and a fault must leave EIP on an address the run actually reached.
 */
class RandomBytesPropertyTest {
  private static final int RAM = 64 * 1024;
  private static final int DIRECTORY = 0;
  private static final int TABLE = 0x1000;

  @Property(tries = 250)
  void randomCodeNeverThrowsAHostException(@ForAll long seed) {
    Random random = new Random(seed);
    PhysicalMemory memory = new PhysicalMemory(RAM);
    byte[] noise = new byte[RAM];
    random.nextBytes(noise);
    memory.writeBytes(0x2000, noise, 0x2000, RAM - 0x2000);
    Mmu mmu = new Mmu(memory);
    for (int i = 0; i < 1024; i++) {
      memory.write32(DIRECTORY + 4 * i, 0);
    }
    memory.write32(DIRECTORY, TABLE | PageTableEntry.PRESENT | PageTableEntry.USER
        | PageTableEntry.WRITABLE);
    memory.write32(DIRECTORY + 4, random.nextInt());
    for (int page = 0; page < 1024; page++) {
      int frame = page < 32 ? 2 + random.nextInt(14) : random.nextInt();
      int bits = random.nextInt(8) == 0 ? random.nextInt() : PageTableEntry.PRESENT
          | PageTableEntry.USER
          | (random.nextBoolean() ? PageTableEntry.WRITABLE : 0)
          | (random.nextInt(4) == 0 ? PageTableEntry.NO_EXECUTE : 0);
      memory.write32(TABLE + 4 * page, (frame << 12) | (bits & 0xFFF));
    }
    mmu.setCr3(DIRECTORY);
    mmu.setPagingEnabled(random.nextInt(8) != 0);
    Cpu cpu = new Cpu(memory, mmu);
    for (int i = 0; i < 8; i++) {
      cpu.setRegister(i, random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(0x20000));
    }
    cpu.setEflags(random.nextInt());
    cpu.setEip(random.nextInt(0x20000));
    for (int round = 0; round < 40; round++) {
      int before = cpu.eip();
      long retiredBefore = cpu.instructionsRetired();
      Trap trap = cpu.run(50);
      assertTrue(cpu.instructionsRetired() - retiredBefore <= 50);
      if (trap.kind() == TrapKind.BUDGET_EXHAUSTED) {
        assertEquals(-1, trap.vector());
      } else if (trap.kind() != TrapKind.SOFTWARE_INTERRUPT) {
        assertEquals(cpu.eip(), trap.eip());
        if (cpu.instructionsRetired() == retiredBefore) {
          assertEquals(before, trap.eip(), "a fault on the first instruction keeps its EIP");
        }
        cpu.setEip(cpu.eip() + 1 + random.nextInt(3));
      }
      assertEquals(0x202, cpu.eflags() & 0x202, "bit 1 and IF always read as one");
    }
  }
}
