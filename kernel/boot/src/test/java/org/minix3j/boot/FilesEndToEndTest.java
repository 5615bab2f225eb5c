package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Files end to end: what one process writes another reads, through VFS and MFS on the RAM disk;
 * directories, renames, removals and symbolic links; and the file utilities (cp, grep, sort,
 * uniq, wc, head, tail, test, cmp, tee, od, chmod, df) with their exact output; the RAM disk as a
 * block special file.
 */
class FilesEndToEndTest {
  @Test
  void aFileWrittenByOneProcessIsReadByAnother() {
    expect("sh -c 'echo written > /tmp/x'; sh -c 'cat /tmp/x'", "written\n", 0);
  }

  @Test
  void aFileOfManyBlocksKeepsEveryByte() {
    expect("yes | head -n 5000 > /tmp/big; wc -c /tmp/big; sort /tmp/big | uniq -c",
        "10000 /tmp/big\n   5000 y\n", 0);
  }

  @Test
  void theRamDiskIsABlockDeviceThatReadsAsTheRootImage() {
    expect("wc -c < /dev/ram; od -c /dev/ram | head -1; cat /dev/ram > /dev/null; echo $?",
        "16777216\n0000000  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0"
            + "  \\0  \\0  \\0  \\0  \\0\n0\n", 0);
  }

  @Test
  void mkdirMvRmAndRmdirChangeTheTree() {
    expect("echo data > /tmp/a; mkdir /tmp/d; mv /tmp/a /tmp/d/b; ls /tmp/d; cat /tmp/d/b;"
        + " test -e /tmp/a; echo $?; rm /tmp/d/b; ls /tmp/d; rmdir /tmp/d; test -d /tmp/d;"
        + " echo $?", "b\ndata\n1\n1\n", 0);
  }

  @Test
  void aSymbolicLinkShowsItsTargetInLsLAndDanglesWhenTheTargetGoes() {
    expect("echo data > /tmp/f; ln -s /tmp/f /tmp/l; ls -l /tmp/l; cat /tmp/l; rm /tmp/f;"
        + " cat /tmp/l; echo $?",
        """
        lrwxrwxrwx  1 root     root            6 Jan  1 00:00 /tmp/l -> /tmp/f
        data
        cat: /tmp/l: no such file or directory
        1
        """, 0);
  }

  @Test
  void cpRCopiesADirectoryTree() {
    expect("mkdir -p /tmp/src/sub; echo x > /tmp/src/sub/f; echo y > /tmp/src/g;"
        + " cp -r /tmp/src /tmp/dst; cat /tmp/dst/sub/f /tmp/dst/g; ls /tmp/dst",
        "x\ny\ng\nsub\n", 0);
  }

  @Test
  void grepCountsInvertsAndNumbersMatchingLines() {
    expect("printf 'apple\\nbanana\\ncherry\\napricot\\n' > /tmp/w; grep -c ap /tmp/w;"
        + " grep -v an /tmp/w; grep -n an /tmp/w; grep nothing /tmp/w; echo $?",
        "2\napple\ncherry\napricot\n2:banana\n1\n", 0);
  }

  @Test
  void sortOrdersAndUniqFoldsRepeatedLines() {
    expect("printf 'b\\na\\nb\\nc\\na\\n' | sort | uniq; printf 'x\\nx\\ny\\n' | uniq -c;"
        + " printf '10\\n9\\n100\\n' | sort -n; printf 'a\\nc\\nb\\n' | sort -r",
        "a\nb\nc\n      2 x\n      1 y\n9\n10\n100\nc\nb\na\n", 0);
  }

  @Test
  void wcCountsLinesWordsAndBytes() {
    expect("printf 'one two\\nthree\\n' | wc; printf 'abc\\n' | wc -l",
        "      2       3      14\n1\n", 0);
  }

  @Test
  void headAndTailTakeTheFirstAndLastLines() {
    expect("printf '1\\n2\\n3\\n4\\n5\\n' > /tmp/n; head -n 2 /tmp/n; tail -n 2 /tmp/n",
        "1\n2\n4\n5\n", 0);
  }

  @Test
  void testAndBracketJudgeFilesStringsAndNumbers() {
    expect("test -d /tmp && echo dir; [ -f /etc/passwd ] && echo file; test -e /nonexistent;"
        + " echo $?; [ abc = abd ]; echo $?; test -z ''; echo $?; [ -n '' ]; echo $?;"
        + " test 3 -gt 2; echo $?; [ 2 -le 1 ]; echo $?", "dir\nfile\n1\n1\n0\n1\n0\n1\n", 0);
  }

  @Test
  void cmpTellsEqualFilesFromDifferentOnes() {
    expect("echo a > /tmp/1; echo a > /tmp/2; cmp /tmp/1 /tmp/2; echo $?; echo b > /tmp/2;"
        + " cmp /tmp/1 /tmp/2; echo $?", "0\n/tmp/1 /tmp/2 differ: byte 1, line 1\n1\n", 0);
  }

  @Test
  void teeWritesBothItsFileAndItsOutput() {
    expect("echo hi | tee /tmp/t; cat /tmp/t", "hi\nhi\n", 0);
  }

  @Test
  void odDumpsBytesAsCharacters() {
    expect("printf 'ab' | od -c", "0000000   a   b\n0000002\n", 0);
  }

  @Test
  void chmodChangesTheModeLsShows() {
    expect("touch /tmp/e; ls -l /tmp/e; chmod 600 /tmp/e; ls -l /tmp/e",
        """
        -rw-r--r--  1 root     root            0 Jan  1 00:00 /tmp/e
        -rw-------  1 root     root            0 Jan  1 00:00 /tmp/e
        """, 0);
  }

  @Test
  void dfShowsTheRootFileSystem() {
    BootedSystem.Run run = BootedSystem.run("df");
    String context = run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(0, run.status(), context);
    List<String> lines = run.commandOutput().lines().toList();
    assertEquals(2, lines.size(), context);
    assertEquals("Filesystem    1K-blocks       Used  Available Use%     Inodes      IFree",
        lines.get(0), context);
    Matcher root = Pattern.compile(
        "/ +(\\d+) +(\\d+) +(\\d+) +\\d+% +(\\d+) +(\\d+)").matcher(lines.get(1));
    assertTrue(root.matches(), context);
    int blocks = number(root, 1);
    assertEquals(RootImage.DEFAULT_MEBIBYTES * 1024, blocks, "the root image's size; " + context);
    assertEquals(blocks, number(root, 2) + number(root, 3), "used + available; " + context);
    assertTrue(number(root, 5) < number(root, 4), "free inodes below all inodes; " + context);
  }

  private static int number(Matcher matcher, int group) {
    String digits = matcher.group(group);
    if (digits == null) {
      throw new AssertionError("df's line has no field " + group);
    }
    return Integer.parseInt(digits);
  }
}
