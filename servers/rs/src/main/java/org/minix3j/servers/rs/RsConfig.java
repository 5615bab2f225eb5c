package org.minix3j.servers.rs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.minix3j.abi.MemoryRange;

/**
 * RS's boot parameters.
 *
 * @param policyText the policy file's text (the boot image's is the class-path resource {@link
 *     org.minix3j.servers.rs.policy.PolicyFile#RESOURCE})
 * @param policySource the file's name, for error messages
 * @param bootServices label to slot of every boot service (RS's own included); each must have
 *     a block in the policy. init ({@link org.minix3j.abi.SystemSlots#INIT}) gets the user block.
 * @param memoryNames the physical regions the policy may name ({@code pool}, {@code ramdisk})
 * @param mutant a known bug switched on for conformance, {@link RsMutant#NONE} otherwise
 */
public record RsConfig(
    String policyText,
    String policySource,
    Map<String, Integer> bootServices,
    Map<String, MemoryRange> memoryNames,
    RsMutant mutant) {
  /** RS as it should be, with no mutant. */
  public RsConfig(String policyText, String policySource, Map<String, Integer> bootServices,
      Map<String, MemoryRange> memoryNames) {
    this(policyText, policySource, bootServices, memoryNames, RsMutant.NONE);
  }

  public RsConfig {
    bootServices = Collections.unmodifiableMap(new LinkedHashMap<>(bootServices));
    memoryNames = Collections.unmodifiableMap(new LinkedHashMap<>(memoryNames));
  }
}
