package org.minix3j.cli.recovery;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minix3j.boot.StandardImage;

/**
 * The two restart policies the benchmarks compare for a driver: the policy file as shipped
 * (exponential back-off from 100 ms), and the same file with the driver restarted at once
 * ({@code backoff 0 1 0}), which is what MINIX 3 did in the paper.
 */
enum Policies {
  SHIPPED("back-off as shipped"),
  IMMEDIATE("restart at once");

  private static final Pattern RESTART = Pattern.compile("restart always[^;]*;");

  private final String description;

  Policies(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** The policy file's text with this policy for the service {@code label}. */
  String text(String label) throws IOException {
    String shipped = StandardImage.policyText();
    if (this == SHIPPED) {
      return shipped;
    }
    int block = shipped.indexOf("service " + label + " {");
    int end = block < 0 ? -1 : shipped.indexOf('}', block);
    if (end < 0) {
      throw new IOException("the policy file has no block for " + label);
    }
    Matcher restart = RESTART.matcher(shipped).region(block, end);
    if (!restart.find()) {
      throw new IOException("the policy of " + label + " does not say 'restart always'");
    }
    return shipped.substring(0, restart.start()) + "restart always backoff 0 1 0;"
        + shipped.substring(restart.end());
  }
}
