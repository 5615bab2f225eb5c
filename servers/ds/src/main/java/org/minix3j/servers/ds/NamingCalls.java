package org.minix3j.servers.ds;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;

/** LABEL_OF: the label RS published for an endpoint (DS's reverse naming). */
final class NamingCalls {
  private final DsContext context;

  NamingCalls(DsContext context) {
    this.context = context;
  }

  /** in: w0 endpoint, w1 grant (write), w2 capacity. result: the label's length, or ESRCH. */
  int labelOf(int caller, Message request, Message reply) {
    String label = context.labelOf(request.payload(0));
    if (label == null) {
      return Errno.ESRCH.wireValue();
    }
    return Keys.write(context.sys, caller, request.payload(1), request.payload(2), label);
  }
}
