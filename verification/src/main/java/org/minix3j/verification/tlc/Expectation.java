package org.minix3j.verification.tlc;

/**
 * What the manifest expects of one model: either TLC finds no violation ({@link Ok}), or it
 * stops at a violation of exactly the named invariant or property ({@link Caught}).
 */
public sealed interface Expectation {

  /** The spelling used in the manifest's {@code expect} column. */
  String manifestText();

  /** TLC explores the whole state space and finds nothing wrong. */
  record Ok() implements Expectation {
    @Override
    public String manifestText() {
      return "ok";
    }
  }

  /** TLC reports a violation of {@code name}, as TLC spells it. */
  record Caught(String name) implements Expectation {
    @Override
    public String manifestText() {
      return "caught:" + name;
    }
  }
}
