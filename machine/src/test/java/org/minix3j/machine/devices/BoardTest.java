package org.minix3j.machine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minix3j.machine.devices.ata.DiskImageException;
import org.minix3j.machine.devices.ata.MemoryDisk;
import org.minix3j.machine.io.PortBus;

class BoardTest {
  @Test
  void theStandardDevicesSitAtTheirPcPorts() {
    Board board = new Board(BoardConfiguration.defaults(), new MemoryDisk(16));
    String layout =
        board.bus().registrations().stream()
            .map(range -> String.format("%s@%X+%d", range.name(), range.firstPort(), range.count()))
            .collect(Collectors.joining(" "));
    assertEquals(
        "pic-master@20+2 pic-slave@A0+2 pit@40+4 uart@0x3F8@3F8+8 cmos-rtc@70+2 lpt@0x378@378+3"
            + " ata0@1F0+8"
            + " ata0-control@3F6+1",
        layout);
    assertTrue(board.disk().isPresent());
    assertTrue(new Board(BoardConfiguration.defaults()).disk().isEmpty());
  }

  @Test
  void aMissingDiskImageIsAClearError(@TempDir Path folder) {
    Path absent = folder.resolve("nothing.img");
    DiskImageException problem =
        assertThrows(
            DiskImageException.class,
            () -> new Board(BoardConfiguration.defaults().withDiskImage(absent)));
    assertTrue(String.valueOf(problem.getMessage()).contains("nothing.img"));
  }

  @Test
  void closingTheBoardWritesTheDiskBack(@TempDir Path folder) throws IOException {
    Path image = folder.resolve("disk.img");
    Files.write(image, new byte[8 * 512]);
    Board board = new Board(BoardConfiguration.defaults().withDiskImage(image));
    PortBus bus = board.bus();
    bus.out8(0x1F6, 0xE0);
    bus.out8(0x1F2, 1);
    bus.out8(0x1F3, 2);
    bus.out8(0x1F4, 0);
    bus.out8(0x1F5, 0);
    bus.out8(0x1F7, 0x30);
    for (int word = 0; word < 256; word++) {
      bus.out16(0x1F0, 0x0101 * (word & 0xFF));
    }
    board.clock().advanceBy(1_000_000);
    board.close();
    byte[] file = Files.readAllBytes(image);
    assertEquals(5, file[2 * 512 + 10]);
  }

  @Test
  void theSameInputsGiveTheSameTraceTwice() {
    List<String> first = runScript();
    List<String> second = runScript();
    assertEquals(first, second);
    assertTrue(first.contains("irq 0x20"), "the timer interrupted");
    assertTrue(first.contains("irq 0x24"), "the console interrupted");
    assertTrue(first.contains("irq 0x2e"), "the disk interrupted");
    assertTrue(first.stream().anyMatch(line -> line.startsWith("out h@")), "output went out");
    assertTrue(first.size() > 100, "a non-trivial trace: " + first.size());
  }

  /**
   * Programs every device as a kernel would, then runs 20 simulated milliseconds in uneven
   * steps, acknowledging interrupts as they come; returns every event, vector and output byte.
   */
  private static List<String> runScript() {
    List<String> trace = new ArrayList<>();
    Board board =
        new Board(
            BoardConfiguration.defaults()
                .withConsoleSink(value -> trace.add("out " + (char) value + "@")),
            new MemoryDisk(32));
    board.clock().setTraceListener((time, name) -> trace.add(time + " " + name));
    PortBus bus = board.bus();
    int[] pic = {0x11, 0x20, 0x04, 0x01};
    int[] slave = {0x11, 0x28, 0x02, 0x01};
    bus.out8(0x20, pic[0]);
    bus.out8(0xA0, slave[0]);
    for (int step = 1; step < 4; step++) {
      bus.out8(0x21, pic[step]);
      bus.out8(0xA1, slave[step]);
    }
    bus.out8(0x21, 0x00);
    bus.out8(0xA1, 0x00);
    bus.out8(0x43, 0x34);
    bus.out8(0x40, 1193 & 0xFF);
    bus.out8(0x40, 1193 >>> 8);
    bus.out8(0x3FB, 0x83);
    bus.out8(0x3F8, 1);
    bus.out8(0x3FB, 0x03);
    bus.out8(0x3FA, 0x07);
    bus.out8(0x3FC, 0x08);
    bus.out8(0x3F9, 0x03);
    board.console().feed("ls\n".getBytes(StandardCharsets.US_ASCII));
    bus.out8(0x1F6, 0xE0);
    bus.out8(0x1F2, 2);
    bus.out8(0x1F7, 0x20);
    byte[] message = "hello, minix3j\n".getBytes(StandardCharsets.US_ASCII);
    int sent = 0;
    long step = 37_000;
    while (board.clock().now() < 20_000_000) {
      board.clock().advanceTo(Math.min(board.clock().nextEventTime(), board.clock().now() + step));
      while (board.interruptController().interruptPending()) {
        int vector = board.interruptController().acknowledge();
        trace.add("irq 0x" + Integer.toHexString(vector));
        if (vector == 0x24) {
          while ((bus.in8(0x3FD) & 0x01) != 0) {
            trace.add("in " + (char) bus.in8(0x3F8));
          }
          bus.in8(0x3FA);
          if (sent < message.length && (bus.in8(0x3FD) & 0x20) != 0) {
            bus.out8(0x3F8, message[sent++]);
          }
        } else if (vector == 0x2E) {
          trace.add("disk status 0x" + Integer.toHexString(bus.in8(0x1F7)));
          for (int word = 0; word < 256; word++) {
            bus.in16(0x1F0);
          }
          bus.out8(0xA0, 0x20);
        }
        bus.out8(0x20, 0x20);
      }
      step = step * 7 % 100_003 + 1;
    }
    return trace;
  }

  @Test
  void theClockOfTheRtcIsTheBootEpochGiven() {
    Board board = new Board(BoardConfiguration.defaults().withBootEpochSeconds(0));
    assertEquals(0, board.realTimeClock().wallClockSeconds());
    board.clock().advanceBy(5_000_000_000L);
    assertEquals(5, board.realTimeClock().wallClockSeconds());
  }
}
