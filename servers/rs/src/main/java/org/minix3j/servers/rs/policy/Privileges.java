package org.minix3j.servers.rs.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemSlots;

/**
 * A {@link ServicePolicy} as SYS_PRIVCTL takes it: labels resolved to endpoints, {@link
 * PolicyFile#USERS} expanded to every user slot (the kernel keeps the send mask per slot, so
 * generation 0 stands for whatever process holds the slot).
 */
public final class Privileges {
  private Privileges() {}

  /**
   * The privilege of {@code policy}; {@code endpointOf} gives the endpoint of a label (it is
   * only asked for labels the file declares), or a negative value for a service that has no
   * process now, which is then left out. RS uses it for every service; the boot image uses it
   * for RS's own privilege, which no SYS_PRIVCTL may set.
   */
  public static ServicePrivilege toPrivilege(ServicePolicy policy, ToIntFunction<String> endpointOf) {
    List<Integer> destinations = new ArrayList<>();
    for (String label : policy.destinations()) {
      if (label.equals(PolicyFile.USERS)) {
        for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
          destinations.add(Endpoint.of(slot, 0));
        }
      } else {
        int endpoint = endpointOf.applyAsInt(label);
        if (Endpoint.isProcess(endpoint)) {
          destinations.add(endpoint);
        }
      }
    }
    return new ServicePrivilege(
        policy.primitives(),
        destinations,
        policy.calls(),
        policy.ports(),
        policy.irqLines(),
        policy.memory());
  }
}
