package org.minix3j.boot;

import java.util.List;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;

/**
 * A service's handle passed through to the kernel's, with two places to interpose: {@link
 * #entering} before every kernel entry (every call but {@link #endpoint} and {@link
 * #ticksPerSecond}, which the handle answers itself) and {@link #received} after every RECEIVE. Fault
 * injection and the recovery benchmarks extend it (see {@link ServiceWrap}); what an override
 * throws or does there happens inside the service, as the kernel sees it.
 */
public abstract class InterposedSystemCalls implements SystemCalls {
  private final SystemCalls delegate;

  protected InterposedSystemCalls(SystemCalls delegate) {
    this.delegate = delegate;
  }

  /** Before each kernel entry of the service; nothing by default. */
  protected void entering() {}

  /** After each RECEIVE of the service, with the message and the result; nothing by default. */
  protected void received(Message into, int result) {}

  @Override
  public int endpoint() {
    return delegate.endpoint();
  }

  @Override
  public int send(int destination, Message message) {
    entering();
    return delegate.send(destination, message);
  }

  @Override
  public int receive(int source, Message into) {
    entering();
    int result = delegate.receive(source, into);
    received(into, result);
    return result;
  }

  @Override
  public int sendrec(int destination, Message message) {
    entering();
    return delegate.sendrec(destination, message);
  }

  @Override
  public int notify(int destination) {
    entering();
    return delegate.notify(destination);
  }

  @Override
  public long inPort(int port, int width) {
    entering();
    return delegate.inPort(port, width);
  }

  @Override
  public int outPort(int port, int width, int value) {
    entering();
    return delegate.outPort(port, width, value);
  }

  @Override
  public int irqctl(int line, boolean enable) {
    entering();
    return delegate.irqctl(line, enable);
  }

  @Override
  public long setAlarm(long ticks, boolean absolute) {
    entering();
    return delegate.setAlarm(ticks, absolute);
  }

  @Override
  public long uptime() {
    entering();
    return delegate.uptime();
  }

  @Override
  public int ticksPerSecond() {
    return delegate.ticksPerSecond(); // a constant of the handle: no kernel entry
  }

  @Override
  public int getKernelSignals(Message into) {
    entering();
    return delegate.getKernelSignals(into);
  }

  @Override
  public int endKernelSignals(int endpoint) {
    entering();
    return delegate.endKernelSignals(endpoint);
  }

  @Override
  public int exit(int endpoint) {
    entering();
    return delegate.exit(endpoint);
  }

  @Override
  public int vdevio(List<PortRequest> requests, long[] values) {
    entering();
    return delegate.vdevio(requests, values);
  }

  @Override
  public int physRead(long address, byte[] into, int offset, int length) {
    entering();
    return delegate.physRead(address, into, offset, length);
  }

  @Override
  public int physWrite(long address, byte[] from, int offset, int length) {
    entering();
    return delegate.physWrite(address, from, offset, length);
  }

  @Override
  public int privctl(int target, ServicePrivilege request) {
    entering();
    return delegate.privctl(target, request);
  }

  @Override
  public int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    entering();
    return delegate.grant(grantee, access, buffer, offset, length);
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    entering();
    return delegate.grantMagic(grantee, access, target, address, length);
  }

  @Override
  public int revokeGrant(int grantId) {
    entering();
    return delegate.revokeGrant(grantId);
  }

  @Override
  public int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset, int length) {
    entering();
    return delegate.safecopyFrom(granter, grantId, offset, into, intoOffset, length);
  }

  @Override
  public int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset, int length) {
    entering();
    return delegate.safecopyTo(granter, grantId, offset, from, fromOffset, length);
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    entering();
    return delegate.memset(granter, grantId, offset, value, length);
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    entering();
    return delegate.processTable(into);
  }

  @Override
  public ProcessTimes times(int target) {
    entering();
    return delegate.times(target);
  }

  @Override
  public int kill(int target, int signal) {
    entering();
    return delegate.kill(target, signal);
  }

  @Override
  public int fork(int parent, int childSlot, int pageDirectory, Message childReply) {
    entering();
    return delegate.fork(parent, childSlot, pageDirectory, childReply);
  }

  @Override
  public int exec(int target, int pageDirectory, int entry, int stack) {
    entering();
    return delegate.exec(target, pageDirectory, entry, stack);
  }

  @Override
  public int sigsend(int target, SignalFrame.Delivery delivery) {
    entering();
    return delegate.sigsend(target, delivery);
  }

  @Override
  public long sigreturn(int target, int contextAddress) {
    entering();
    return delegate.sigreturn(target, contextAddress);
  }

  @Override
  public int shutdown(int status) {
    entering();
    return delegate.shutdown(status);
  }

  @Override
  public int diagnostic(String line) {
    entering();
    return delegate.diagnostic(line);
  }

  @Override
  public int spawn(int slot) {
    entering();
    return delegate.spawn(slot);
  }

  @Override
  public int spawn(int slot, int programSlot) {
    entering();
    return delegate.spawn(slot, programSlot);
  }

  @Override
  public int deathRecord(int endpoint, byte[] into) {
    entering();
    return delegate.deathRecord(endpoint, into);
  }
}
