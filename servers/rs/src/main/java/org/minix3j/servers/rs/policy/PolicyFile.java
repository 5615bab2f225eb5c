package org.minix3j.servers.rs.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A parsed policy file: one {@link ServicePolicy} per system process, in the file's order, and
 * the policy of user processes. Immutable.
 *
 * @param services label to policy, in the order of the file
 * @param user the {@code user} block
 */
public record PolicyFile(Map<String, ServicePolicy> services, ServicePolicy user) {
  /** The label of the {@code user} block's policy. */
  public static final String USER_LABEL = "user";

  /** The destination that stands for every user process (replies to callers). */
  public static final String USERS = "users";

  /** Where the boot image's policy file lies on the class path. */
  public static final String RESOURCE = "/org/minix3j/servers/rs/system.conf";

  public PolicyFile {
    services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
  }

  /** The policy of {@code label}, or null. */
  public @Nullable ServicePolicy service(String label) {
    return services.get(label);
  }
}
