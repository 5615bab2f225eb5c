package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemSlots;
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

  BootStart(RsContext context) {
    this.context = context;
  }

  void run() {
    for (Service service : context.services) {
      if (service.slot() != SystemSlots.RS) {
        context.report("privctl", service.label(), context.sys.privctl(service.endpoint(),
            Privileges.toPrivilege(service.policy(), context::endpointOf)));
      }
    }
    context.report("privctl", "init", context.sys.privctl(Endpoint.of(SystemSlots.INIT, 0),
        Privileges.toPrivilege(context.policy.user(), context::endpointOf)));

    LabelPublisher publisher = new LabelPublisher(context.sys);
    int grant = publisher.open();
    if (grant < 0) {
      context.report("grant for DS", "the labels", grant);
      return; // without a grant nothing can be published; LIST still answers
    }
    for (Service service : context.services) {
      int published = publisher.publish(service.label(), service.endpoint());
      context.report("publish", service.label(), published);
      if (published >= 0) {
        context.sys.diagnostic(String.format("rs: %-7s up, endpoint %s", service.label(),
            Endpoint.describe(service.endpoint())));
      }
    }
    for (Service service : context.services) {
      if (service.policy().major().isPresent()) {
        String key = LabelPublisher.majorKey(service.policy().major().getAsInt());
        context.report("publish", key, publisher.publish(key, service.endpoint()));
      }
    }
    publisher.close();
  }
}
