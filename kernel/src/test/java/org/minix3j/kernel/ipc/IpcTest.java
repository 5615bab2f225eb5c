package org.minix3j.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Notification;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.proc.IpcCall;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;

class IpcTest {
  private final ProcessTable table = new ProcessTable(16);
  private final Ipc ipc = new Ipc(table, KernelMutant.NONE);
  private final ProcessSlot server = table.occupy(2, "server");
  private final ProcessSlot client = table.occupy(3, "client");
  private final ProcessSlot other = table.occupy(4, "other");

  @Test
  void sendrecToAWaitingServerIsCopiedAtOnceAndTheClientWaitsForTheReply() {
    assertEquals(Ipc.BLOCKED, ipc.receive(server, Endpoint.ANY));
    client.message()[1] = 42;
    client.message()[2] = 7;
    assertEquals(Ipc.BLOCKED, ipc.send(client, server.endpoint(), true));
    assertEquals(ProcessState.RUNNING, server.state());
    assertEquals(client.endpoint(), server.message()[0]);
    assertEquals(42, server.message()[1]);
    assertEquals(7, server.message()[2]);
    assertEquals(ProcessState.RECEIVING, client.state());
    assertEquals(IpcCall.SENDREC, client.call());
    // The reply never blocks.
    server.message()[1] = 0;
    server.message()[2] = 99;
    assertEquals(Errno.OK_VALUE, ipc.send(server, client.endpoint(), false));
    assertEquals(ProcessState.RUNNING, client.state());
    assertEquals(Errno.OK_VALUE, client.result());
    assertEquals(99, client.message()[2]);
    assertEquals(server.endpoint(), client.message()[0]);
  }

  @Test
  void aSenderWaitsInFifoOrderHoldingItsMessage() {
    client.message()[1] = 1;
    assertEquals(Ipc.BLOCKED, ipc.send(client, server.endpoint(), false));
    other.message()[1] = 2;
    assertEquals(Ipc.BLOCKED, ipc.send(other, server.endpoint(), false));
    assertTrue(client.holdsMessage());
    assertTrue(server.queueHead() == client);
    assertEquals(Errno.OK_VALUE, ipc.receive(server, Endpoint.ANY));
    assertEquals(1, server.message()[1]);
    assertEquals(Errno.OK_VALUE, ipc.receive(server, Endpoint.ANY));
    assertEquals(2, server.message()[1]);
    assertNull(server.queueHead());
    assertFalse(client.holdsMessage());
  }

  @Test
  void aCycleOfBlockedProcessesIsRefused() {
    assertEquals(Ipc.BLOCKED, ipc.send(client, other.endpoint(), false));
    assertEquals(Errno.ELOCKED.wireValue(), ipc.send(other, client.endpoint(), false));
    assertEquals(Ipc.BLOCKED, ipc.receive(server, client.endpoint()));
    assertEquals(Errno.ELOCKED.wireValue(), ipc.send(other, server.endpoint(), false));
    ProcessSlot fifth = table.occupy(5, "fifth");
    assertEquals(Errno.ELOCKED.wireValue(), ipc.send(fifth, fifth.endpoint(), false));
    assertEquals(ProcessState.RUNNING, other.state());
  }

  @Test
  void withoutDeadlockRefusalTheCycleForms() {
    Ipc broken = new Ipc(table, KernelMutant.NO_DEADLOCK_REFUSAL);
    assertEquals(Ipc.BLOCKED, broken.send(client, other.endpoint(), false));
    assertEquals(Ipc.BLOCKED, broken.send(other, client.endpoint(), false));
  }

  @Test
  void notificationsNeverBlockAndAreTakenLowestSourceFirstBeforeQueuedSenders() {
    assertEquals(Ipc.BLOCKED, ipc.send(client, server.endpoint(), false));
    assertEquals(Errno.OK_VALUE, ipc.notify(other, server.endpoint()));
    ProcessSlot fifth = table.occupy(5, "fifth");
    assertEquals(Errno.OK_VALUE, ipc.notify(fifth, server.endpoint()));
    ipc.kernelNotify(Notification.CLOCK, server);
    assertEquals(Errno.OK_VALUE, ipc.receive(server, Endpoint.ANY));
    assertEquals(Notification.TYPE, server.message()[1]);
    assertEquals(Endpoint.of(Notification.CLOCK, 0), server.message()[0]);
    assertEquals(Errno.OK_VALUE, ipc.receive(server, Endpoint.ANY));
    assertEquals(other.endpoint(), server.message()[0]);
    assertEquals(Errno.OK_VALUE, ipc.receive(server, Endpoint.ANY));
    assertEquals(fifth.endpoint(), server.message()[0]);
    assertEquals(Errno.OK_VALUE, ipc.receive(server, Endpoint.ANY));
    assertEquals(client.endpoint(), server.message()[0]);
    assertTrue(server.pending().isEmpty());
  }

  @Test
  void theReplyWaitOfSendrecTakesNoNotification() {
    assertEquals(Ipc.BLOCKED, ipc.receive(server, Endpoint.ANY));
    assertEquals(Ipc.BLOCKED, ipc.send(client, server.endpoint(), true));
    assertEquals(Errno.OK_VALUE, ipc.notify(other, client.endpoint()));
    assertEquals(ProcessState.RECEIVING, client.state());
    assertTrue(client.pending().isSet(other.slot()));
  }

  @Test
  void exitReleasesEveryPeerWithDeadSrcDstAndHandsMessagesBack() {
    assertEquals(Ipc.BLOCKED, ipc.send(client, server.endpoint(), true));
    assertEquals(Ipc.BLOCKED, ipc.receive(other, server.endpoint()));
    ipc.notify(server, client.endpoint());
    int oldEndpoint = server.endpoint();
    ipc.exit(server);
    assertEquals(ProcessState.DEAD, server.state());
    assertEquals(Errno.EDEADSRCDST.wireValue(), client.result());
    assertEquals(Errno.EDEADSRCDST.wireValue(), other.result());
    assertFalse(client.holdsMessage());
    assertFalse(client.pending().isSet(server.slot()));
    ProcessSlot fresh = table.occupy(2, "server");
    assertEquals(1, fresh.generation());
    assertEquals(Errno.EDEADSRCDST.wireValue(), ipc.send(client, oldEndpoint, false));
    assertEquals(Errno.EDEADSRCDST.wireValue(), ipc.receive(client, oldEndpoint));
    assertEquals(Errno.EBADSRCDST.wireValue(), ipc.send(client, Endpoint.of(16, 0), false));
  }

  @Test
  void aCallerThatCannotCallIsAKernelBug() {
    ipc.receive(server, Endpoint.ANY);
    assertThrows(IllegalStateException.class, () -> ipc.receive(server, Endpoint.ANY));
  }
}
