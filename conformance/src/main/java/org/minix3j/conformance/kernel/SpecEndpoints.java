package org.minix3j.conformance.kernel;

import org.minix3j.abi.Endpoint;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * The map between spec/Ipc.tla's slots and endpoints and the kernel's. Spec slot {@code s}
 * (1, 2, ...) is kernel slot {@code s - 1 + ProcessTable.KERNEL_SLOTS}; a spec endpoint is
 * {@code generation * stride + slot} with {@code stride = max slot + 1}, the kernel's {@link
 * Endpoint#of}; ANY and NONE are the same numbers on both sides.
 */
record SpecEndpoints(int stride) {
  static final int OFFSET = ProcessTable.KERNEL_SLOTS - 1;

  int kernelSlot(long specSlot) {
    return Math.toIntExact(specSlot) + OFFSET;
  }

  int specSlot(int kernelSlot) {
    return kernelSlot - OFFSET;
  }

  int toKernel(long specEndpoint) {
    if (specEndpoint < 0) {
      return Math.toIntExact(specEndpoint);
    }
    return Endpoint.of(kernelSlot(specEndpoint % stride), Math.toIntExact(specEndpoint / stride));
  }

  long toSpec(int kernelEndpoint) {
    if (!Endpoint.isProcess(kernelEndpoint)) {
      return kernelEndpoint;
    }
    return (long) Endpoint.generation(kernelEndpoint) * stride + specSlot(Endpoint.slot(kernelEndpoint));
  }
}
