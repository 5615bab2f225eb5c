package org.minix3j.servers.rs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.servers.rs.policy.Privileges;

/**
 * What RS does first, while no other process has run (RS has the highest priority): every boot
 * service but RS itself, then init, gets its policy with SYS_PRIVCTL; then each service's label
 * is published in DS (label to endpoint, KIND_LABEL), and each driver's major as {@code
 * driver.major.<N>} to its endpoint, and a boot message says it is up. The first SENDREC to DS
 * is where the others start running, all with their privileges in place.
 */
final class BootStart {
  private final RsContext context;
  private final byte[] key = new byte[DsCalls.KEY_MAX];
  private final Message message = new Message();

  BootStart(RsContext context) {
    this.context = context;
  }

  void run() {
    for (Service service : context.services) {
      if (service.slot() != SystemSlots.RS) {
        report("privctl", service.label(), context.sys.privctl(service.endpoint(),
            Privileges.toPrivilege(service.policy(), context::endpointOf)));
      }
    }
    report("privctl", "init", context.sys.privctl(Endpoint.of(SystemSlots.INIT, 0),
        Privileges.toPrivilege(context.policy.user(), context::endpointOf)));

    int ds = Endpoint.of(SystemSlots.DS, 0);
    int grant = context.sys.grant(ds, GrantAccess.READ, key, 0, key.length);
    if (grant < 0) {
      report("grant for DS", "the labels", grant);
      return; // without a grant nothing can be published; LIST still answers
    }
    for (Service service : context.services) {
      int published = publish(ds, grant, service.label(), service.endpoint());
      report("publish", service.label(), published);
      if (published >= 0) {
        context.sys.diagnostic(String.format("rs: %-6s up, endpoint %s", service.label(),
            Endpoint.describe(service.endpoint())));
      }
    }
    for (Service service : context.services) {
      if (service.policy().major().isPresent()) {
        String key = DsCalls.DRIVER_MAJOR_PREFIX + service.policy().major().getAsInt();
        report("publish", key, publish(ds, grant, key, service.endpoint()));
      }
    }
    context.sys.revokeGrant(grant);
  }

  /** A failed step goes to the kernel's log (SYS_DIAGCTL); the boot goes on without it. */
  private void report(String step, String what, int result) {
    if (result < 0) {
      Errno errno = Errno.fromValue(result);
      context.sys.diagnostic("rs: " + step + " of " + what + " failed: "
          + (errno == null ? Integer.toString(result) : errno.name()));
    }
  }

  /** PUBLISH {@code name} -> {@code endpoint} (KIND_LABEL, overwriting); the result. */
  int publish(int ds, int grant, String name, int endpoint) {
    byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, key, 0, bytes.length);
    message.clear();
    message.setType(DsCalls.PUBLISH)
        .setPayload(0, grant)
        .setPayload(1, bytes.length)
        .setPayload(2, DsCalls.KIND_LABEL)
        .setPayload(3, endpoint)
        .setPayload(6, DsCalls.OVERWRITE);
    int result = context.sys.sendrec(ds, message);
    return result != Errno.OK_VALUE ? result : message.type();
  }
}
