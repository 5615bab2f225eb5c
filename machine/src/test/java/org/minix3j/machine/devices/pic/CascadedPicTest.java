package org.minix3j.machine.devices.pic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;

class CascadedPicTest {
  private final PortBus bus = new PortBus();
  private final CascadedPic pic = new CascadedPic();

  @BeforeEach
  void initialiseAsThePcBiosDoes() {
    pic.attach(bus);
    initialise(0x01);
  }

  private void initialise(int icw4) {
    bus.out8(0x20, 0x11); // ICW1: edge, cascade, ICW4 needed
    bus.out8(0x21, 0x20); // ICW2: vectors 0x20-0x27
    bus.out8(0x21, 0x04); // ICW3: slave on IR2
    bus.out8(0x21, icw4); // ICW4: 8086 mode
    bus.out8(0xA0, 0x11);
    bus.out8(0xA1, 0x28);
    bus.out8(0xA1, 0x02);
    bus.out8(0xA1, icw4);
    bus.out8(0x21, 0x00); // OCW1: all unmasked
    bus.out8(0xA1, 0x00);
  }

  private int masterInService() {
    bus.out8(0x20, 0x0B);
    return bus.in8(0x20);
  }

  private int masterRequests() {
    bus.out8(0x20, 0x0A);
    return bus.in8(0x20);
  }

  private void masterEoi() {
    bus.out8(0x20, 0x20);
  }

  @Test
  void aRequestIsDeliveredWithItsVectorAndHeldInService() {
    assertFalse(pic.interruptPending());
    pic.line(3).pulse();

    assertTrue(pic.interruptPending());
    assertEquals(0x08, masterRequests());
    assertEquals(0x23, pic.acknowledge());
    assertEquals(0x08, masterInService());
    assertEquals(0x00, masterRequests());
    assertFalse(pic.interruptPending());

    masterEoi();
    assertEquals(0x00, masterInService());
  }

  @Test
  void higherPriorityComesFirstAndNestsOverLowerInService() {
    pic.line(5).pulse();
    pic.line(1).pulse();

    assertEquals(0x21, pic.acknowledge());
    assertFalse(pic.interruptPending(), "IRQ 5 must wait while IRQ 1 is in service");

    pic.line(0).pulse();
    assertTrue(pic.interruptPending(), "IRQ 0 outranks IRQ 1 in service");
    assertEquals(0x20, pic.acknowledge());
    assertEquals(0x03, masterInService());

    masterEoi(); // non-specific: ends the highest in service, IRQ 0
    assertEquals(0x02, masterInService());
    assertFalse(pic.interruptPending());
    masterEoi();
    assertTrue(pic.interruptPending());
    assertEquals(0x25, pic.acknowledge());
  }

  @Test
  void specificEoiEndsTheNamedLevel() {
    pic.line(1).pulse();
    pic.acknowledge();
    pic.line(0).pulse();
    pic.acknowledge();

    bus.out8(0x20, 0x61); // specific EOI for level 1
    assertEquals(0x01, masterInService());
  }

  @Test
  void maskedRequestsWaitInIrrUntilUnmasked() {
    bus.out8(0x21, 0x10);
    pic.line(4).pulse();

    assertFalse(pic.interruptPending());
    assertEquals(0x10, bus.in8(0x21));
    assertEquals(0x10, masterRequests());

    bus.out8(0x21, 0x00);
    assertTrue(pic.interruptPending());
    assertEquals(0x24, pic.acknowledge());
  }

  @Test
  void inputsAreEdgeTriggered() {
    InterruptLine line = pic.line(6);
    line.raise();
    line.raise();
    assertEquals(0x26, pic.acknowledge());
    masterEoi();
    assertFalse(pic.interruptPending(), "a line held high is one request");

    line.lower();
    assertFalse(pic.interruptPending(), "lowering is not a request");
    line.raise();
    assertTrue(pic.interruptPending());
  }

  @Test
  void slaveRequestsCascadeThroughIrq2AndNeedTwoEois() {
    pic.line(14).pulse();

    assertTrue(pic.interruptPending());
    assertEquals(0x2E, pic.acknowledge());
    assertEquals(0x04, masterInService());
    assertEquals(0x40, pic.slave().inServiceRegister());

    pic.line(15).pulse();
    assertFalse(pic.interruptPending(), "IRQ 15 ranks below IRQ 14 in service");

    bus.out8(0xA0, 0x20);
    masterEoi();
    assertTrue(pic.interruptPending());
    assertEquals(0x2F, pic.acknowledge());
  }

  @Test
  void slaveRequestsRankWithIrq2AboveIrq3() {
    pic.line(3).pulse();
    pic.line(8).pulse();

    assertEquals(0x28, pic.acknowledge());
    bus.out8(0xA0, 0x20);
    masterEoi();
    assertEquals(0x23, pic.acknowledge());
  }

  @Test
  void maskingIrq2HidesTheSlave() {
    bus.out8(0x21, 0x04);
    pic.line(9).pulse();
    assertFalse(pic.interruptPending());
    bus.out8(0x21, 0x00);
    assertEquals(0x29, pic.acknowledge());
  }

  @Test
  void acknowledgingWithNothingPendingGivesTheSpuriousVector() {
    assertEquals(0x27, pic.acknowledge());
    assertEquals(0x00, masterInService());
  }

  @Test
  void automaticEoiLeavesNothingInService() {
    initialise(0x03);
    pic.line(1).pulse();
    pic.line(5).pulse();

    assertEquals(0x21, pic.acknowledge());
    assertEquals(0x00, masterInService());
    assertEquals(0x25, pic.acknowledge());
  }

  @Test
  void icw1ClearsMaskAndRequests() {
    bus.out8(0x21, 0xFF);
    pic.line(7).pulse();
    initialise(0x01);
    assertEquals(0x00, bus.in8(0x21));
    assertFalse(pic.interruptPending());
  }

  @Test
  void theCascadeInputHasNoDeviceLine() {
    assertThrows(IllegalArgumentException.class, () -> pic.line(2));
    assertThrows(IllegalArgumentException.class, () -> pic.line(16));
  }

  @Test
  void pollCommandAcknowledgesTheHighestRequest() {
    pic.line(5).pulse();
    bus.out8(0x20, 0x0C);
    assertEquals(0x85, bus.in8(0x20));
    assertEquals(0x20, masterInService());
  }
}
