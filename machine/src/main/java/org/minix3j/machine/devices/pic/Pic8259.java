package org.minix3j.machine.devices.pic;

import org.minix3j.machine.devices.InterruptLine;

/**
 * One Intel 8259A programmable interrupt controller (datasheet behaviour for 8086 mode).
 *
 * <p>Implemented: the initialisation sequence ICW1 (edge/level bit recorded, single or cascade,
 * ICW4 needed), ICW2 (vector base, low three bits ignored), ICW3 (slave mask on the master, the
 * cascade identity on a slave), ICW4 (automatic EOI); OCW1 (the interrupt mask register); OCW2
 * (non-specific and specific EOI, rotation on EOI, rotation in automatic-EOI mode, set lowest
 * priority); OCW3 (read IRR or ISR through the command port, special mask mode, poll command).
 * The 8 inputs are edge-triggered: a low-to-high transition latches the request in IRR, which
 * stays set until the request is acknowledged (the level-triggered mode of ICW1 is recorded but
 * behaves as edge-triggered, as on the PC's ISA bus). ICW1 clears IRR, ISR and IMR, so an input
 * already high must go low and high again to request after initialisation. Priority is fully nested: a request is
 * passed to the CPU only when no request of equal or higher priority is in service (in special
 * mask mode, only masked in-service levels are skipped).
 *
 * <p>Entry points: {@link #input(int)} gives the device-side wire of each input; {@link
 * #readPort}/{@link #writePort} are the command (A0=0) and data (A0=1) ports; {@link
 * #hasRequest()}, {@link #acknowledge()} and {@link #vectorFor(int)} serve the INTA cycle, which
 * {@link CascadedPic} runs for the master/slave pair. The chip's INT output is driven on the
 * {@link InterruptLine} given at construction after every change of state.
 */
public final class Pic8259 {
  /** The level returned by {@link #highestRequest()} when nothing may be passed to the CPU. */
  public static final int NONE = -1;

  private final String name;
  private final InterruptLine output;
  private int requests;
  private int inService;
  private int mask;
  private int inputLevels;
  private int vectorBase;
  private int cascadeWord;
  private boolean levelTriggered;
  private boolean singleMode;
  private boolean icw4Expected;
  private boolean automaticEoi;
  private boolean rotateInAutomaticEoi;
  private boolean specialMask;
  private boolean readInService;
  private boolean pollPending;
  private int lowestPriority = 7;
  private int initialisationStep;
  private boolean outputHigh;

  /** A chip named for diagnostics whose INT output drives {@code output}. */
  public Pic8259(String name, InterruptLine output) {
    this.name = name;
    this.output = output;
  }

  /** The device-side wire of input {@code level} (0-7). */
  public InterruptLine input(int level) {
    checkLevel(level);
    return new InterruptLine() {
      @Override
      public void raise() {
        setInput(level, true);
      }

      @Override
      public void lower() {
        setInput(level, false);
      }
    };
  }

  /** Drives input {@code level}; a rising edge latches a request. */
  public void setInput(int level, boolean high) {
    checkLevel(level);
    int bit = 1 << level;
    boolean wasHigh = (inputLevels & bit) != 0;
    if (high) {
      inputLevels |= bit;
      if (!wasHigh) {
        requests |= bit;
      }
    } else {
      inputLevels &= ~bit;
    }
    updateOutput();
  }

  /** Reads the command port (A0=0: IRR or ISR per OCW3, or the poll word) or the data port. */
  public int readPort(boolean dataPort) {
    if (pollPending) {
      pollPending = false;
      int level = highestRequest();
      if (level == NONE) {
        return 0;
      }
      acknowledgeLevel(level);
      return 0x80 | level;
    }
    if (dataPort) {
      return mask;
    }
    return readInService ? inService : requests;
  }

  /** Writes the command port (ICW1, OCW2, OCW3) or the data port (ICW2-4, OCW1). */
  public void writePort(boolean dataPort, int value) {
    value &= 0xFF;
    if (!dataPort) {
      if ((value & 0x10) != 0) {
        initialisationCommand1(value);
      } else if ((value & 0x08) != 0) {
        operationCommand3(value);
      } else {
        operationCommand2(value);
      }
    } else if (initialisationStep != 0) {
      initialisationWord(value);
    } else {
      mask = value; // OCW1
    }
    updateOutput();
  }

  /** True when a request may be passed to the CPU now (the INT output). */
  public boolean hasRequest() {
    return highestRequest() != NONE;
  }

  /**
   * The level of the highest-priority unmasked request that outranks everything in service, or
   * {@link #NONE}.
   */
  public int highestRequest() {
    int pending = requests & ~mask;
    if (pending == 0) {
      return NONE;
    }
    int blocking = specialMask ? inService & ~mask : inService;
    for (int step = 1; step <= 8; step++) {
      int level = (lowestPriority + step) & 7;
      int bit = 1 << level;
      if ((blocking & bit) != 0) {
        return NONE;
      }
      if ((pending & bit) != 0) {
        return level;
      }
    }
    return NONE;
  }

  /**
   * The chip's part of INTA: takes the highest request (clears its IRR bit, sets its ISR bit
   * unless in automatic-EOI mode) and returns its level, or 7 for a spurious interrupt (nothing
   * to give: ISR unchanged).
   */
  public int acknowledge() {
    int level = highestRequest();
    if (level == NONE) {
      updateOutput();
      return 7;
    }
    acknowledgeLevel(level);
    return level;
  }

  /** The vector the chip puts on the bus for {@code level}. */
  public int vectorFor(int level) {
    checkLevel(level);
    return vectorBase | level;
  }

  /** True if input {@code level} of this (master) chip has a slave attached (ICW3). */
  public boolean hasSlaveOn(int level) {
    return !singleMode && (cascadeWord & (1 << level)) != 0;
  }

  /** The interrupt request register. */
  public int requestRegister() {
    return requests;
  }

  /** The in-service register. */
  public int inServiceRegister() {
    return inService;
  }

  /** The interrupt mask register. */
  public int maskRegister() {
    return mask;
  }

  /** Whether ICW1 asked for level-triggered inputs (recorded only). */
  public boolean levelTriggered() {
    return levelTriggered;
  }

  @Override
  public String toString() {
    return String.format(
        "%s[irr=%02x isr=%02x imr=%02x base=%02x]", name, requests, inService, mask, vectorBase);
  }

  private void acknowledgeLevel(int level) {
    int bit = 1 << level;
    requests &= ~bit;
    if (automaticEoi) {
      if (rotateInAutomaticEoi) {
        lowestPriority = level;
      }
    } else {
      inService |= bit;
    }
    updateOutput();
  }

  private void initialisationCommand1(int value) {
    levelTriggered = (value & 0x08) != 0;
    singleMode = (value & 0x02) != 0;
    icw4Expected = (value & 0x01) != 0;
    mask = 0;
    inService = 0;
    requests = 0;
    automaticEoi = false;
    rotateInAutomaticEoi = false;
    specialMask = false;
    readInService = false;
    pollPending = false;
    lowestPriority = 7;
    cascadeWord = 0;
    initialisationStep = 2;
  }

  private void initialisationWord(int value) {
    switch (initialisationStep) {
      case 2 -> {
        vectorBase = value & 0xF8;
        initialisationStep = !singleMode ? 3 : icw4Expected ? 4 : 0;
      }
      case 3 -> {
        cascadeWord = value;
        initialisationStep = icw4Expected ? 4 : 0;
      }
      default -> {
        automaticEoi = (value & 0x02) != 0;
        initialisationStep = 0;
      }
    }
  }

  private void operationCommand2(int value) {
    int level = value & 0x07;
    switch (value >>> 5) {
      case 0b001 -> nonSpecificEoi(false); // non-specific EOI
      case 0b011 -> inService &= ~(1 << level); // specific EOI
      case 0b101 -> nonSpecificEoi(true); // rotate on non-specific EOI
      case 0b100 -> rotateInAutomaticEoi = true;
      case 0b000 -> rotateInAutomaticEoi = false;
      case 0b111 -> { // rotate on specific EOI
        inService &= ~(1 << level);
        lowestPriority = level;
      }
      case 0b110 -> lowestPriority = level; // set priority
      default -> {} // 0b010: no operation
    }
  }

  private void nonSpecificEoi(boolean rotate) {
    for (int step = 1; step <= 8; step++) {
      int level = (lowestPriority + step) & 7;
      if ((inService & (1 << level)) != 0) {
        inService &= ~(1 << level);
        if (rotate) {
          lowestPriority = level;
        }
        return;
      }
    }
  }

  private void operationCommand3(int value) {
    if ((value & 0x40) != 0) {
      specialMask = (value & 0x20) != 0;
    }
    if ((value & 0x04) != 0) {
      pollPending = true;
    }
    if ((value & 0x02) != 0) {
      readInService = (value & 0x01) != 0;
    }
  }

  private void updateOutput() {
    boolean high = hasRequest();
    if (high != outputHigh) {
      outputHigh = high;
      output.set(high);
    }
  }

  private static void checkLevel(int level) {
    if (level < 0 || level > 7) {
      throw new IllegalArgumentException("8259 input " + level + " outside 0-7");
    }
  }
}
