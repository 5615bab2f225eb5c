/**
 * The recovery benchmarks ({@code minix3j bench recovery}): how long the restart of a block
 * driver takes as the file system sees it ({@link org.minix3j.cli.recovery.RecoveryTime}), and
 * the paper's Figure 3(b), the throughput of a long read while the driver is killed again and
 * again ({@link org.minix3j.cli.recovery.ReadUnderKills}).
 */
package org.minix3j.cli.recovery;
