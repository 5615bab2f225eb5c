package org.minix3j.conformance.recovery;

import org.minix3j.conformance.kernel.Values;
import org.minix3j.conformance.trace.BindingException;
import org.minix3j.conformance.trace.SpecState;
import org.minix3j.conformance.trace.TlaValue;

/**
 * model/MCRecoveryConform.tla's ServerStepDue over a spec state: whether a step the servers take
 * by themselves (KillDue, ReapDue, RestartDue, CheckDue, SendDue, ReceiveDue) is due.
 */
final class RecoveryOrder {
  private RecoveryOrder() {}

  static boolean serverStepDue(SpecState state) throws BindingException {
    TlaValue proc = state.get("proc");
    for (TlaValue d : Values.domain(state.get("rsState"))) {
      String rs = Values.string(Values.apply(state.get("rsState"), d));
      String heartbeat = Values.string(Values.apply(state.get("heartbeat"), d));
      TlaValue endpoint = Values.apply(state.get("rsEndpoint"), d);
      TlaValue slot = Values.apply(proc, Values.apply(endpoint, TlaValue.integer(1)));
      String slotState = Values.string(Values.apply(slot, TlaValue.string("state")));
      long generation = Values.integer(Values.apply(slot, TlaValue.string("gen")));
      boolean live = (slotState.equals("running") || slotState.equals("hung"))
          && generation == Values.integer(Values.apply(endpoint, TlaValue.integer(2)));
      if (rs.equals("up") && heartbeat.equals("missed") && (live || slotState.equals("exited"))) {
        return true; // KillDue, ReapDue
      }
      if (rs.equals("backoff") && Values.integer(Values.apply(state.get("backoff"), d)) == 0
          && slotState.equals("free")) {
        return true; // RestartDue
      }
      String phase = Values.string(Values.apply(state.get("fsPhase"), d));
      boolean changed = Values.apply(state.get("dsChanged"), d).equals(TlaValue.bool(true));
      if (changed && phase.equals("waitingDriver")) {
        return true; // CheckDue
      }
      TlaValue queue = Values.apply(state.get("fsQueue"), d);
      if (phase.equals("idle") && !Values.domain(queue).isEmpty()) {
        return true; // SendDue
      }
      if (phase.equals("sending")) {
        TlaValue fsEndpoint = Values.apply(state.get("fsEndpoint"), d);
        for (TlaValue s : Values.domain(proc)) {
          TlaValue p = Values.apply(proc, s);
          if (Values.string(Values.apply(p, TlaValue.string("state"))).equals("running")
              && Values.domain(Values.apply(p, TlaValue.string("holding"))).isEmpty()
              && fsEndpoint.equals(TlaValue.seq(s, Values.apply(p, TlaValue.string("gen"))))) {
            return true; // ReceiveDue
          }
        }
      }
    }
    return false;
  }
}
