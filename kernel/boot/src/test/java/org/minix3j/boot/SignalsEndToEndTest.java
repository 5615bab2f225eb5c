package org.minix3j.boot;

import static org.minix3j.boot.BootedSystem.expect;

import org.junit.jupiter.api.Test;

/**
 * Signals end to end: kill(1) from the shell to its jobs, the 128 + signal statuses sh
 * reports, stop and continue, SIGPIPE ending a writer, the signals a non-interactive shell's
 * background jobs ignore, and a shell killed by SIGSEGV.
 */
class SignalsEndToEndTest {
  @Test
  void killTerminatesABackgroundJobWithStatus143() {
    expect("sleep 100 & kill $!; wait $!; echo $?", "143\n", 0);
  }

  @Test
  void killNineGivesStatus137() {
    expect("sleep 100 & kill -9 $!; wait $!; echo $?", "137\n", 0);
  }

  @Test
  void hangupGivesStatus129() {
    expect("sleep 100 & kill -HUP $!; wait $!; echo $?", "129\n", 0);
  }

  @Test
  void aBackgroundJobIgnoresSigint() {
    expect("sleep 1 & kill -INT $!; wait $!; echo $?", "0\n", 0);
  }

  @Test
  void aStoppedJobStillDiesOfSigkill() {
    expect("sleep 100 & kill -STOP $!; kill -9 $!; wait $!; echo $?", "137\n", 0);
  }

  @Test
  void aContinuedJobTakesSigterm() {
    expect("sleep 100 & kill -STOP $!; kill -CONT $!; kill $!; wait $!; echo $?", "143\n", 0);
  }

  @Test
  void killOfNoProcessFails() {
    expect("kill 999; echo $?", "kill: 999: no such process\n1\n", 0);
  }

  @Test
  void aWriterToAClosedPipeEnds() {
    expect("yes | head -n 1; echo done", "y\ndone\n", 0);
  }

  @Test
  void aChildShellKilledBySegvGivesStatus139() {
    expect("sh -c 'kill -SEGV $$'; echo $?", "Segmentation fault (core dumped)\n139\n", 0);
  }

  @Test
  void theTopShellKilledBySegvEndsTheSystemWithStatus139() {
    expect("kill -SEGV $$; echo not reached", "", 139);
  }
}
