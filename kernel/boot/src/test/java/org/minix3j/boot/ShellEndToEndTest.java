package org.minix3j.boot;

import static org.minix3j.boot.BootedSystem.expect;

import org.junit.jupiter.api.Test;

/**
 * The shell end to end: each case boots the standard image, runs one command line under sh as
 * {@code minix3j boot -c} does and asserts the console output and the exit status exactly.
 * Pipelines, redirections, here-documents, scripts, variables, lists, control flow and the
 * statuses sh reports.
 */
class ShellEndToEndTest {
  @Test
  void aThreeStagePipelinePassesDataThroughEveryStage() {
    expect("printf 'b\\na\\nc\\n' | sort | head -n 2", "a\nb\n", 0);
  }

  @Test
  void outputRedirectionTruncatesAppendsAndInputRedirectionReads() {
    expect("echo old > /tmp/f; echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f",
        "one\ntwo\n", 0);
  }

  @Test
  void standardErrorGoesToItsOwnFile() {
    expect("ls /nonexistent 2> /tmp/err; echo status $?; cat /tmp/err",
        "status 2\nls: /nonexistent: no such file or directory\n", 0);
  }

  @Test
  void standardErrorJoinsStandardOutputInOrder() {
    expect("{ echo out; ls /nonexistent; echo end; } > /tmp/o 2>&1; cat /tmp/o",
        "out\nls: /nonexistent: no such file or directory\nend\n", 0);
  }

  @Test
  void aHereDocumentExpandsItsText() {
    expect("x=value; cat <<END\nline $((1+2)) $x\nsecond\nEND", "line 3 value\nsecond\n", 0);
  }

  @Test
  void aQuotedHereDocumentDelimiterKeepsTheTextLiteral() {
    expect("cat <<'END'\n$HOME $((1+2))\nEND", "$HOME $((1+2))\n", 0);
  }

  @Test
  void aScriptFromAFileSeesItsArguments() {
    expect("printf 'echo \"n=$#\" \"first=$1\"\\nfor a in \"$@\"; do echo \"[$a]\"; done\\n'"
        + " > /tmp/s.sh; sh /tmp/s.sh a 'b c'", "n=2 first=a\n[a]\n[b c]\n", 0);
  }

  @Test
  void anExecutableScriptRunsThroughItsInterpreterLine() {
    expect("printf '#!/bin/sh\\necho \"script $1\"\\nexit 5\\n' > /tmp/x.sh; chmod 755 /tmp/x.sh;"
        + " /tmp/x.sh arg; echo $?", "script arg\n5\n", 0);
  }

  @Test
  void variablesExpandAndDollarQuestionHoldsTheLastStatus() {
    expect("x=5; y=$x$x; echo $y; false; echo $?; true; echo $?", "55\n1\n0\n", 0);
  }

  @Test
  void arithmeticExpansionComputes() {
    expect("echo $((7*6)) $((10/3)) $((10%3)) $((2-5))", "42 3 1 -3\n", 0);
  }

  @Test
  void exportedVariablesReachChildrenAndAssignmentsBeforeACommandReachOnlyIt() {
    expect("X=1; export X; sh -c 'echo X=$X'; Y=2 sh -c 'echo Y=$Y'; echo Y=$Y",
        "X=1\nY=2\nY=\n", 0);
  }

  @Test
  void andOrAndSequenceListsRunWhatTheirStatusesSay() {
    expect("true && echo a; false && echo b; false || echo c; true || echo d; echo e; echo f",
        "a\nc\ne\nf\n", 0);
  }

  @Test
  void ifWhileAndForLoops() {
    expect("if test 1 -eq 1; then echo yes; else echo no; fi;"
        + " i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done;"
        + " for w in x y z; do echo $w; done", "yes\n0\n1\n2\nx\ny\nz\n", 0);
  }

  @Test
  void caseMatchesAPatternAndAFunctionReturnsItsStatus() {
    expect("case abc in a*) echo matched;; *) echo no;; esac;"
        + " f() { echo \"in f $1\"; return 4; }; f arg; echo $?", "matched\nin f arg\n4\n", 0);
  }

  @Test
  void readTakesLinesFromAPipe() {
    expect("printf 'one\\ntwo\\n' | while read l; do echo \"got $l\"; done",
        "got one\ngot two\n", 0);
  }

  @Test
  void cdChangesTheDirectoryPwdShows() {
    expect("cd /tmp; pwd; mkdir q; cd q; pwd; cd ..; rmdir q; cd /; pwd", "/tmp\n/tmp/q\n/\n", 0);
  }

  @Test
  void aPipelinesStatusIsItsLastStagesAndASubshellsIsItsExit() {
    expect("true | false; echo $?; false | true; echo $?; ( exit 3 ); echo $?", "1\n0\n3\n", 0);
  }

  @Test
  void anUnknownCommandIsReportedWithStatus127() {
    expect("nosuchcommand; echo $?", "sh: nosuchcommand: not found\n127\n", 0);
  }

  @Test
  void exitSevenEndsTheSystemWithStatusSeven() {
    expect("exit 7", "", 7);
  }

  @Test
  void theLastCommandsFailureIsTheSystemsStatus() {
    expect("echo before; false", "before\n", 1);
  }

  @Test
  void aChildsExitStatusReachesTheShell() {
    expect("sh -c 'exit 7'; echo $?; printf 'exit 5\\n' > /tmp/e.sh; sh /tmp/e.sh; echo $?",
        "7\n5\n", 0);
  }

  @Test
  void theShellsNameAndACommandStringsArguments() {
    expect("echo $0; sh -c 'echo $0 $1' zero one", "/bin/sh\nzero one\n", 0);
  }
}
