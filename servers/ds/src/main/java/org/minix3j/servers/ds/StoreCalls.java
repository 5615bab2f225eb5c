package org.minix3j.servers.ds;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.protocol.DsCalls;

/**
 * PUBLISH, RETRIEVE and DELETE. An entry belongs to its publisher (by label, else by endpoint);
 * only the owner or RS may overwrite or delete it. User processes may only read. A private
 * entry ({@link DsCalls#PRIVATE}) is read by its owner alone: anyone else, RS included, gets
 * EPERM. Every change is passed to {@link Subscriptions#changed}, which tells only those who
 * may see the entry.
 */
final class StoreCalls {
  private final DsContext context;
  private final Subscriptions subscriptions;
  private final Keys keys = new Keys();

  StoreCalls(DsContext context, Subscriptions subscriptions) {
    this.context = context;
    this.subscriptions = subscriptions;
  }

  /** in: w0-w1 key, w2 kind, w3 number or endpoint, w4 data grant, w5 data length, w6 flags. */
  int publish(int caller, Message request, Message reply) {
    if (DsContext.isUser(caller)) {
      return Errno.EPERM.wireValue();
    }
    String key = keys.read(context.sys, caller, request.payload(0), request.payload(1));
    if (key == null) {
      return keys.error();
    }
    int kind = request.payload(2);
    if (kind != DsCalls.KIND_U32 && kind != DsCalls.KIND_LABEL && kind != DsCalls.KIND_MEMORY) {
      return Errno.EINVAL.wireValue();
    }
    int flags = request.payload(6);
    if ((flags & ~(DsCalls.OVERWRITE | DsCalls.PRIVATE)) != 0) {
      return Errno.EINVAL.wireValue();
    }
    @Nullable String callerLabel = context.labelOf(caller);
    Entry old = context.entries.get(key);
    if (old != null) {
      if (!old.ownedBy(caller, callerLabel) && !DsContext.isRs(caller)) {
        return Errno.EPERM.wireValue();
      }
      if ((flags & DsCalls.OVERWRITE) == 0) {
        return Errno.EEXIST.wireValue();
      }
    } else if (context.entries.size() >= context.config.entryLimit()) {
      return Errno.ENOSPC.wireValue();
    }
    byte[] data = new byte[0];
    if (kind == DsCalls.KIND_MEMORY) {
      int length = request.payload(5);
      if (length < 0 || length > DsCalls.DATA_MAX) {
        return Errno.EINVAL.wireValue();
      }
      data = new byte[length];
      int copied = context.sys.safecopyFrom(caller, request.payload(4), 0, data, 0, length);
      if (copied < 0) {
        return copied;
      }
    }
    int value = kind == DsCalls.KIND_MEMORY ? 0 : request.payload(3);
    Entry entry = new Entry(key, kind, value, data, callerLabel, caller,
        (flags & DsCalls.PRIVATE) != 0);
    context.put(entry);
    subscriptions.changed(entry);
    return Errno.OK_VALUE;
  }

  /** in: w0-w1 key, w2 kind, w3 data grant (write), w4 capacity. out: w0 value, w1 length. */
  int retrieve(int caller, Message request, Message reply) {
    String key = keys.read(context.sys, caller, request.payload(0), request.payload(1));
    if (key == null) {
      return keys.error();
    }
    Entry entry = context.entries.get(key);
    if (entry == null) {
      return Errno.ESRCH.wireValue();
    }
    if (!entry.visibleTo(caller, context.labelOf(caller))) {
      return Errno.EPERM.wireValue(); // someone else's private entry
    }
    if (entry.kind() != request.payload(2)) {
      return Errno.EINVAL.wireValue();
    }
    if (entry.kind() == DsCalls.KIND_MEMORY) {
      int capacity = request.payload(4);
      int length = entry.dataLength();
      if (capacity < length) {
        return Errno.ERANGE.wireValue();
      }
      if (length > 0) {
        int copied = context.sys.safecopyTo(caller, request.payload(3), 0, entry.data(), 0, length);
        if (copied < 0) {
          return copied;
        }
      }
    }
    reply.setPayload(0, entry.value()).setPayload(1, entry.dataLength());
    return Errno.OK_VALUE;
  }

  /** in: w0-w1 key. */
  int delete(int caller, Message request, Message reply) {
    if (DsContext.isUser(caller)) {
      return Errno.EPERM.wireValue();
    }
    String key = keys.read(context.sys, caller, request.payload(0), request.payload(1));
    if (key == null) {
      return keys.error();
    }
    Entry entry = context.entries.get(key);
    if (entry == null) {
      return Errno.ESRCH.wireValue();
    }
    if (!entry.ownedBy(caller, context.labelOf(caller)) && !DsContext.isRs(caller)) {
      return Errno.EPERM.wireValue();
    }
    context.remove(entry);
    subscriptions.changed(entry);
    return Errno.OK_VALUE;
  }
}
