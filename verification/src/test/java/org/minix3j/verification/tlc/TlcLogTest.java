package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TlcLogTest {

  @Test
  void keepsOnlyErrorAndBugMessages() {
    String log = """
        @!@!@STARTMSG 2262:0 @!@!@
        TLC2 Version 2.18
        @!@!@ENDMSG 2262 @!@!@
        @!@!@STARTMSG 2401:3 @!@!@
        a warning
        @!@!@ENDMSG 2401 @!@!@
        Parsing file /x/MCIpc.tla
        @!@!@STARTMSG 1000:1 @!@!@
        TLC threw an unexpected exception.
        The exception was a java.lang.NullPointerException
        @!@!@ENDMSG 1000 @!@!@
        @!@!@STARTMSG 2:2 @!@!@
        a bug
        @!@!@ENDMSG 2 @!@!@
        """;
    assertEquals(List.of(
            "TLC threw an unexpected exception.\nThe exception was a java.lang.NullPointerException",
            "a bug"),
        TlcLog.errors(log));
  }

  @Test
  void fallsBackToUnframedTextSuchAsParseErrors() {
    String log = """
        @!@!@STARTMSG 2220:0 @!@!@
        Starting SANY...
        @!@!@ENDMSG 2220 @!@!@
        Parsing file /x/MCIpc.tla
        ***Parse Error***
        Encountered "Beginning of definition" at line 7, column 1 in module Ipc
        """;
    assertEquals(List.of("***Parse Error***\n"
            + "Encountered \"Beginning of definition\" at line 7, column 1 in module Ipc"),
        TlcLog.errors(log));
  }
}
