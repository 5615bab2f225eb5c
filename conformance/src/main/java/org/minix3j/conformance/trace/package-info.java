/**
 * Behaviours generated from the TLA+ specifications, and their replay against an
 * implementation, without knowing the implementation.
 *
 * <p>The loop: {@link org.minix3j.conformance.trace.SpecModel} loads a TLC model (one at a
 * time in a JVM); {@link org.minix3j.conformance.trace.RandomWalks} (seeded) and {@link
 * org.minix3j.conformance.trace.BoundedEnumeration} (every short path) produce {@link
 * org.minix3j.conformance.trace.Behaviour}s: an initial {@link
 * org.minix3j.conformance.trace.SpecState} and {@link org.minix3j.conformance.trace.Step}s, each
 * naming its spec action with its parameters ({@code ProcSend p=3 e=2 kind="sendrec"}) and the
 * state after it, in plain Java values ({@link org.minix3j.conformance.trace.TlaValue}). The
 * {@link org.minix3j.conformance.trace.Replayer} drives a {@link
 * org.minix3j.conformance.trace.SpecBinding} (the implementation's side: reset, perform,
 * observe) through them, compares the observed state after every step, and sums up in a {@link
 * org.minix3j.conformance.trace.ConformanceReport}: behaviours, steps, actions covered ({@link
 * org.minix3j.conformance.trace.ActionCoverage}) and {@link
 * org.minix3j.conformance.trace.Divergence}s.
 *
 * <p>Only {@code SpecModel}, {@code ModelState}, {@code ActionSplitter} and {@code TlcValues}
 * touch TLC's classes.
 */
package org.minix3j.conformance.trace;
