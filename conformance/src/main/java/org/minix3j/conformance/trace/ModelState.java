package org.minix3j.conformance.trace;

import java.util.List;
import org.checkerframework.checker.nullness.qual.MonotonicNonNull;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.OpDeclNode;
import tlc2.tool.TLCState;

/**
 * A state of a loaded model as the generators walk it: TLC's state, its fingerprint (which
 * identifies it: equal fingerprints are equal states, as for TLC itself), and its {@link
 * SpecState}, converted on first use. Only valid while its {@link SpecModel} is the loaded one.
 */
public final class ModelState {

  private final TLCState tlcState;
  private final long fingerprint;
  private final List<OpDeclNode> variables;
  private @MonotonicNonNull SpecState values;

  ModelState(TLCState tlcState, List<OpDeclNode> variables) {
    this.tlcState = tlcState;
    this.fingerprint = tlcState.fingerPrint();
    this.variables = variables;
  }

  TLCState tlcState() {
    return tlcState;
  }

  public long fingerprint() {
    return fingerprint;
  }

  /** The values of the specification's variables, in declaration order. */
  public SpecState values() {
    if (values == null) {
      SpecState.Builder builder = SpecState.builder();
      for (OpDeclNode variable : variables) {
        builder.put(variable.getName().toString(),
            TlcValues.toJava(tlcState.lookup(variable.getName())));
      }
      values = builder.build();
    }
    return values;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ModelState state && state.fingerprint == fingerprint;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fingerprint);
  }

  @Override
  public String toString() {
    return values().toString();
  }
}
