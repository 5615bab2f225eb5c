package org.minix3j.verification.tlc;

import java.util.Locale;

/** What kind of check TLC found violated; the manifest only names the invariant or property. */
public enum ViolationKind {
  INVARIANT,
  ACTION_PROPERTY,
  TEMPORAL_PROPERTY,
  INITIAL_PROPERTY,
  DEADLOCK,
  ASSUMPTION;

  /** Lower-case words for messages, e.g. "temporal property". */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
