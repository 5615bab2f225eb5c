package org.minix3j.servers.ds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.protocol.DsCalls;

/**
 * SUBSCRIBE and CHECK, and the fan-out of changes: when a key is published or deleted, every
 * subscriber with a matching expression gets the key queued and, if its queue was empty, a
 * NOTIFY. The subscriber then asks CHECK until ENOENT. A subscriber whose NOTIFY fails (it is
 * dead) is dropped. A private entry is told of to its owner only: others never have it queued,
 * and CHECK passes over a key that became private after it was queued.
 */
final class Subscriptions {
  private final DsContext context;
  private final Keys keys = new Keys();

  Subscriptions(DsContext context) {
    this.context = context;
  }

  /** in: w0-w1 expression, w2 flags (INITIAL). */
  int subscribe(int caller, Message request, Message reply) {
    if (DsContext.isUser(caller)) {
      return Errno.EPERM.wireValue();
    }
    String expression = keys.read(context.sys, caller, request.payload(0), request.payload(1));
    if (expression == null) {
      return keys.error();
    }
    int flags = request.payload(2);
    if ((flags & ~DsCalls.INITIAL) != 0) {
      return Errno.EINVAL.wireValue();
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(expression);
    } catch (PatternSyntaxException e) {
      return Errno.EINVAL.wireValue();
    }
    Subscriber subscriber = context.subscribers.get(caller);
    if (subscriber == null) {
      if (context.subscribers.size() >= context.config.subscriberLimit()) {
        return Errno.ENOSPC.wireValue();
      }
      subscriber = new Subscriber(caller);
    } else if (subscriber.patternCount() >= context.config.patternLimit()) {
      return Errno.ENOSPC.wireValue();
    }
    subscriber.add(pattern);
    context.subscribers.put(caller, subscriber);
    if ((flags & DsCalls.INITIAL) != 0) {
      boolean due = false;
      @Nullable String callerLabel = context.labelOf(caller);
      for (Entry entry : context.entries.values()) {
        if (pattern.matcher(entry.key()).matches() && entry.visibleTo(caller, callerLabel)) {
          due |= subscriber.queue(entry.key(), context.config.queueLimit());
        }
      }
      if (due) {
        // the reply comes first; the notification waits in the subscriber's pending bits
        context.sys.notify(caller);
      }
    }
    return Errno.OK_VALUE;
  }

  /**
   * in: w0 key grant (write), w1 capacity. result: the key's length, or ENOENT; out: w0 kind,
   * w1 the number or endpoint, w2 1 if deleted.
   */
  int check(int caller, Message request, Message reply) {
    Subscriber subscriber = context.subscribers.get(caller);
    if (subscriber == null) {
      return Errno.ENOENT.wireValue();
    }
    @Nullable String callerLabel = context.labelOf(caller);
    @Nullable String key = subscriber.peek();
    @Nullable Entry entry = key == null ? null : context.entries.get(key);
    while (key != null && entry != null && !entry.visibleTo(caller, callerLabel)) {
      subscriber.take(key); // it became private after it was queued
      key = subscriber.peek();
      entry = key == null ? null : context.entries.get(key);
    }
    if (key == null) {
      return Errno.ENOENT.wireValue();
    }
    int written = Keys.write(context.sys, caller, request.payload(0), request.payload(1), key);
    if (written < 0) {
      return written; // the key stays queued
    }
    subscriber.take(key);
    if (entry == null) {
      reply.setPayload(0, 0).setPayload(1, 0).setPayload(2, 1);
    } else {
      reply.setPayload(0, entry.kind()).setPayload(1, entry.value()).setPayload(2, 0);
    }
    return written;
  }

  /** {@code entry} was published (it is the new one) or deleted (it is the one removed). */
  void changed(Entry entry) {
    String key = entry.key();
    List<Integer> gone = new ArrayList<>();
    for (Map.Entry<Integer, Subscriber> each : context.subscribers.entrySet()) {
      Subscriber subscriber = each.getValue();
      if (subscriber.matches(key)
          && entry.visibleTo(subscriber.endpoint(), context.labelOf(subscriber.endpoint()))
          && subscriber.queue(key, context.config.queueLimit())) {
        if (context.sys.notify(subscriber.endpoint()) == Errno.EDEADSRCDST.wireValue()) {
          gone.add(each.getKey());
        }
      }
    }
    for (Integer endpoint : gone) {
      context.subscribers.remove(endpoint);
    }
  }
}
