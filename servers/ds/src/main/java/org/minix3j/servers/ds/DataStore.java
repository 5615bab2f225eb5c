package org.minix3j.servers.ds;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.protocol.DsCalls;

/**
 * DS, the data store: publish, retrieve and delete of numbers, endpoints (labels) and small
 * memory values, public or private to their owner (the state a driver wants back after a
 * restart); subscriptions by regular expression with NOTIFY and CHECK; the reverse naming of
 * endpoints (LABEL_OF). MINIX's {@code ds} server.
 *
 * <p>The loop: receive from ANY; notifications are ignored (DS asks nobody anything); a request
 * is dispatched through the call table by its type (unknown: ENOSYS) and answered at once: DS
 * never defers a reply. A reply to a process that died meanwhile fails with EDEADSRCDST, which
 * is ignored. Keys and values move only by grant; a bad grant, key, kind or expression gets an
 * error reply.
 *
 * <p>Who owns what: DS learns a caller's label from the label entries RS publishes ({@link
 * DsContext}); an entry belongs to the label (or, before the label is known, the endpoint) that
 * published it. RS may publish and delete anything; user processes may only RETRIEVE and
 * LABEL_OF.
 */
public final class DataStore implements SystemProcess {
  /** A request handler: the result (reply type), with reply words put in {@code reply}. */
  @FunctionalInterface
  interface Call {
    int handle(int caller, Message request, Message reply);
  }

  private final DsConfig config;

  public DataStore(DsConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    DsContext context = new DsContext(sys, config);
    Subscriptions subscriptions = new Subscriptions(context);
    StoreCalls store = new StoreCalls(context, subscriptions);
    NamingCalls naming = new NamingCalls(context);
    Call[] table = new Call[DsCalls.LABEL_OF - DsCalls.PUBLISH + 1];
    table[DsCalls.PUBLISH - DsCalls.PUBLISH] = store::publish;
    table[DsCalls.RETRIEVE - DsCalls.PUBLISH] = store::retrieve;
    table[DsCalls.SUBSCRIBE - DsCalls.PUBLISH] = subscriptions::subscribe;
    table[DsCalls.CHECK - DsCalls.PUBLISH] = subscriptions::check;
    table[DsCalls.DELETE - DsCalls.PUBLISH] = store::delete;
    table[DsCalls.LABEL_OF - DsCalls.PUBLISH] = naming::labelOf;

    Message request = new Message();
    Message reply = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, request) != Errno.OK_VALUE || request.isNotification()) {
        continue;
      }
      int caller = request.source();
      int index = request.type() - DsCalls.PUBLISH;
      reply.clear();
      int result =
          index >= 0 && index < table.length
              ? table[index].handle(caller, request, reply)
              : Errno.ENOSYS.wireValue();
      reply.setType(result);
      sys.send(caller, reply); // EDEADSRCDST: the caller is gone, nothing to do
    }
  }
}
