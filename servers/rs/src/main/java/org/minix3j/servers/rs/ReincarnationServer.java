package org.minix3j.servers.rs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.PolicyException;
import org.minix3j.servers.rs.policy.PolicyFile;
import org.minix3j.servers.rs.policy.PolicyParser;
import org.minix3j.servers.rs.policy.Privileges;
import org.minix3j.servers.rs.policy.ServicePolicy;

/**
 * RS, the reincarnation server. At start ({@link BootStart}) it gives every boot service and
 * init its declared privilege and publishes the labels and driver majors in DS; then it serves
 * {@link RsCalls} (LIST, REFRESH and its old name RESTART, DOWN, FAILURE, SNAPSHOT, SCRIPT: {@link
 * ServiceCalls}; UP: {@link ServiceUp}), on PM's
 * NOTIFY collects the deaths of system processes ({@link DeathReports}), and on its period
 * pings the services that declare a heartbeat, kills those that stopped answering and counts
 * down back-off delays ({@link Heartbeats}). A service that failed gets a fresh copy from the
 * boot image with a new endpoint after its back-off, or is left down, as its policy says
 * ({@link Restarts}); spec/Recovery.tla is the model of all of it.
 *
 * <p>The loop: receive from ANY; a CLOCK notification is RS's period; a notification from a
 * service is the answer to its ping (and from PM also means deaths to collect); a request is
 * dispatched by type (unknown: ENOSYS) and answered at once.
 *
 * <p>The policy is parsed when RS is built, so a bad file or a boot service without a policy
 * stops the boot image before anything runs.
 */
public final class ReincarnationServer implements SystemProcess {
  @FunctionalInterface
  interface Call {
    int handle(int caller, Message request, Message reply);
  }

  private final PolicyFile policy;
  private final RsMutant mutant;
  private final List<Map.Entry<String, Integer>> bootServices;

  /**
   * @throws IllegalArgumentException if the policy does not parse (the message has the line)
   *     or a boot service has no policy block
   */
  public ReincarnationServer(RsConfig config) {
    try {
      policy = new PolicyParser(config.policySource(), config.memoryNames()).parse(config.policyText());
    } catch (PolicyException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<Map.Entry<String, Integer>> services = new ArrayList<>(config.bootServices().entrySet());
    services.sort(Comparator.comparing(Map.Entry::getValue));
    for (Map.Entry<String, Integer> service : services) {
      if (policy.service(service.getKey()) == null) {
        throw new IllegalArgumentException(
            config.policySource() + ": no policy for boot service '" + service.getKey() + "'");
      }
      int slot = service.getValue();
      if (slot < 0 || slot >= SystemSlots.FIRST_USER) {
        throw new IllegalArgumentException(
            "boot service '" + service.getKey() + "' has slot " + slot + ", not a system slot");
      }
    }
    bootServices = List.copyOf(services);
    mutant = config.mutant();
  }

  /** The parsed policy (the boot image takes RS's own privilege from it). */
  public PolicyFile policy() {
    return policy;
  }

  /**
   * The privilege of the boot service {@code label} with every label resolved to its boot slot
   * (generation 0): what the boot image installs for RS itself, since SYS_PRIVCTL refuses it.
   * RS's own may also NOTIFY every system slot that holds no boot service: the slots of the
   * copies {@code service up} starts, which RS pings.
   */
  public ServicePrivilege bootPrivilege(String label) {
    ServicePolicy servicePolicy = policy.service(label);
    if (servicePolicy == null) {
      throw new IllegalArgumentException("no policy for '" + label + "'");
    }
    ServicePrivilege privilege = Privileges.toPrivilege(servicePolicy, this::bootEndpoint);
    if (!label.equals("rs")) {
      return privilege;
    }
    List<Integer> destinations = new ArrayList<>(privilege.destinations());
    for (int slot = SystemSlots.PM; slot < SystemSlots.FIRST_USER; slot++) {
      int spare = slot;
      if (bootServices.stream().noneMatch(service -> service.getValue() == spare)) {
        destinations.add(Endpoint.of(slot, 0));
      }
    }
    return new ServicePrivilege(privilege.primitives(), destinations, privilege.calls(),
        privilege.ports(), privilege.irqLines(), privilege.memory());
  }

  private int bootEndpoint(String label) {
    for (Map.Entry<String, Integer> service : bootServices) {
      if (service.getKey().equals(label)) {
        return Endpoint.of(service.getValue(), 0);
      }
    }
    return -1;
  }

  @Override
  public void run(SystemCalls sys) {
    RsContext context = new RsContext(sys, policy, mutant);
    for (Map.Entry<String, Integer> boot : bootServices) {
      ServicePolicy servicePolicy = policy.services().get(boot.getKey());
      if (servicePolicy != null) {
        context.services.add(new Service(boot.getKey(), boot.getValue(),
            Endpoint.of(boot.getValue(), 0), servicePolicy));
      }
    }
    context.periodMillis = Heartbeats.periodMillis(context.services);
    new BootStart(context).run();

    Restarts restarts = new Restarts(context);
    ServiceCalls calls = new ServiceCalls(context, restarts);
    DeathReports deaths = new DeathReports(context, restarts);
    Heartbeats heartbeats = new Heartbeats(context, restarts);
    ServiceUp up = new ServiceUp(context, restarts, calls);
    Call[] table = new Call[RsCalls.SCRIPT - RsCalls.LIST + 1];
    table[RsCalls.LIST - RsCalls.LIST] = calls::list;
    table[RsCalls.RESTART - RsCalls.LIST] = calls::refresh;
    table[RsCalls.DOWN - RsCalls.LIST] = calls::down;
    table[RsCalls.REFRESH - RsCalls.LIST] = calls::refresh;
    table[RsCalls.UP - RsCalls.LIST] = up::up;
    table[RsCalls.FAILURE - RsCalls.LIST] = calls::failure;
    table[RsCalls.SNAPSHOT - RsCalls.LIST] = calls::snapshot;
    table[RsCalls.SCRIPT - RsCalls.LIST] = calls::script;
    heartbeats.arm();

    Message request = new Message();
    Message reply = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, request) != Errno.OK_VALUE) {
        continue;
      }
      if (request.isNotification()) {
        int source = request.source();
        if (source == Notification.CLOCK) {
          heartbeats.period();
        } else if (source == Notification.HARDWARE) {
          deaths.fromKernel();
        } else if (Endpoint.isProcess(source)) {
          heartbeats.answered(source);
          if (Endpoint.slot(source) == SystemSlots.PM) {
            deaths.collect();
          }
        }
        continue;
      }
      int caller = request.source();
      int index = request.type() - RsCalls.LIST;
      reply.clear();
      int result =
          index >= 0 && index < table.length
              ? table[index].handle(caller, request, reply)
              : Errno.ENOSYS.wireValue();
      reply.setType(result);
      sys.send(caller, reply);
    }
  }
}
