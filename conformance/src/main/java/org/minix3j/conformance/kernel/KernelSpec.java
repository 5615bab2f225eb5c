package org.minix3j.conformance.kernel;

import org.minix3j.conformance.trace.SpecBinding;
import org.minix3j.kernel.KernelMutant;

/**
 * The specifications the kernel is replayed against, with their models and binding: the CI
 * model for the bounded enumeration of short behaviours, and a model for random walks whose
 * bounds let a walk reach its depth (MCIpc's two messages end most behaviours within ten
 * steps; MCIpcConform has the same processes with room for 25 steps and more).
 */
public enum KernelSpec {
  IPC("Ipc", "MCIpcConform", "MCIpc"),
  PRIVILEGES("Privileges", "MCPrivileges", "MCPrivileges");

  private final String specName;
  private final String walkModel;
  private final String enumerationModel;

  KernelSpec(String specName, String walkModel, String enumerationModel) {
    this.specName = specName;
    this.walkModel = walkModel;
    this.enumerationModel = enumerationModel;
  }

  /** The module's name, as in spec/. */
  public String specName() {
    return specName;
  }

  /** The model random walks are generated from, as in model/. */
  public String walkModel() {
    return walkModel;
  }

  /** The model whose short behaviours are enumerated, as in model/. */
  public String enumerationModel() {
    return enumerationModel;
  }

  /** A fresh binding of this spec to a kernel with {@code mutant}. */
  public SpecBinding binding(KernelMutant mutant) {
    return switch (this) {
      case IPC -> new IpcBinding(mutant);
      case PRIVILEGES -> new PrivilegesBinding(mutant);
    };
  }

  /** The spec by name, ignoring case, or null. */
  public static @org.checkerframework.checker.nullness.qual.Nullable KernelSpec named(String name) {
    for (KernelSpec spec : values()) {
      if (spec.specName.equalsIgnoreCase(name)) {
        return spec;
      }
    }
    return null;
  }
}
