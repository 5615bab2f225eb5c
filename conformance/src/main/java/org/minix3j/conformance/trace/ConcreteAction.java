package org.minix3j.conformance.trace;

import java.util.SequencedMap;
import tlc2.tool.Action;

/**
 * One action of the next-state relation with every parameter bound, in one state: the
 * operator's name, its parameters by name, and the TLC action (body and context) whose
 * successors TLC computes.
 */
record ConcreteAction(String name, SequencedMap<String, TlaValue> parameters, Action action) {}
