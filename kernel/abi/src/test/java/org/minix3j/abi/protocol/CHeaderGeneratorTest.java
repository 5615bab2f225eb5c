package org.minix3j.abi.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;

class CHeaderGeneratorTest {

  @Test
  void everyAnnotatedClassHasItsHeader() throws Exception {
    List<Class<?>> annotated = new ArrayList<>();
    for (String pkg : List.of("org.minix3j.abi.protocol", "org.minix3j.abi.posix")) {
      for (Class<?> type : classesOf(pkg)) {
        if (type.isAnnotationPresent(CHeader.class)) {
          annotated.add(type);
        }
      }
    }
    assertTrue(annotated.size() >= 13, "found " + annotated);
    Map<String, String> headers = CHeaderGenerator.headers();
    for (Class<?> type : annotated) {
      assertTrue(CHeaderGenerator.ANNOTATED.contains(type), type + " missing from the generator");
      String file = present(type.getAnnotation(CHeader.class), type.getName()).file();
      assertTrue(header(headers, file).contains(type.getName()), file);
    }
  }

  @Test
  void valuesComeFromTheAbi() {
    Map<String, String> headers = CHeaderGenerator.headers();
    assertTrue(header(headers, "minix/pm.h").contains("#define PM_FORK 2\n"));
    assertTrue(header(headers, "minix/vfs.h").contains("#define VFS_OPEN 66\n"));
    assertTrue(header(headers, "minix/ipc.h").contains("#define IPC_SENDREC 3\n"));
    assertTrue(header(headers, "minix/ipc.h").contains("#define IPC_TRAP_VECTOR 0x21\n"));
    assertTrue(header(headers, "minix/endpoints.h").contains("#define PM_ENDPOINT 2\n"));
    assertTrue(header(headers, "minix/endpoints.h").contains("#define VFS_ENDPOINT 3\n"));
    assertTrue(header(headers, "minix/message_layout.h").contains("#define MESSAGE_SIZE 64\n"));
    assertTrue(header(headers, "minix/signals.h").contains("#define SA_RESETHAND (-2147483647-1)\n"));
    assertTrue(header(headers, "minix/user_layout.h").contains("#define STACK_TOP (-1073741824)\n"));
    String errno = header(headers, "minix/errno_numbers.h");
    for (Errno e : Errno.values()) {
      assertTrue(errno.contains("#define " + e.name() + " " + e.number() + "\n"), e.name());
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      assertTrue(header.getValue().contains("generated from the ABI"), header.getKey());
      assertTrue(header.getValue().contains("#ifndef MINIX3J_"), header.getKey());
    }
  }

  @Test
  void outputIsTheSameEveryRun(@TempDir Path first, @TempDir Path second) throws IOException {
    CHeaderGenerator.main(new String[] {first.toString()});
    CHeaderGenerator.main(new String[] {second.toString()});
    for (String file : CHeaderGenerator.headers().keySet()) {
      assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)));
    }
  }

  @Test
  void headersCompileAsI386C(@TempDir Path dir) throws Exception {
    CHeaderGenerator.main(new String[] {dir.toString()});
    StringBuilder source = new StringBuilder();
    for (String file : CHeaderGenerator.headers().keySet()) {
      source.append("#include <").append(file).append(">\n");
      source.append("#include <").append(file).append(">\n"); // the guard must hold
    }
    source.append("_Static_assert(PM_WAITPID == 3, \"pm\");\n");
    source.append("_Static_assert(VFS_GETDENTS == 97, \"vfs\");\n");
    source.append("_Static_assert(ENOENT == 2 && EDEADSRCDST == 105, \"errno\");\n");
    source.append("_Static_assert(SIGFRAME_CONTEXT_POINTER_OFFSET == 8, \"frame\");\n");
    source.append("_Static_assert(O_CREAT == 0100 && S_IFDIR == 040000, \"flags\");\n");
    source.append("_Static_assert((unsigned) STACK_TOP == 0xC0000000u, \"stack\");\n");
    source.append("#define NAME(n, v, d) d,\n");
    source.append("const char *descriptions[] = { ERRNO_TABLE(NAME) };\n");
    Path file = dir.resolve("all.c");
    Files.writeString(file, source, StandardCharsets.US_ASCII);
    Process gcc;
    try {
      gcc = new ProcessBuilder("gcc", "-m32", "-ffreestanding", "-Wall", "-Werror",
          "-fsyntax-only", "-I", dir.toString(), file.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("gcc is not installed: " + e.getMessage());
      return;
    }
    String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(gcc.waitFor(120, TimeUnit.SECONDS), "gcc did not finish");
    assertEquals(0, gcc.exitValue(), output);
  }

  private static <T> T present(@Nullable T value, String what) {
    if (value == null) {
      throw new AssertionError("missing: " + what);
    }
    return value;
  }

  private static String header(Map<String, String> headers, String file) {
    return present(headers.get(file), file);
  }

  private static List<Class<?>> classesOf(String pkg) throws URISyntaxException, IOException,
      ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    for (URL url : Collections.list(ClassLoader.getSystemClassLoader()
        .getResources(pkg.replace('.', '/')))) {
      assertEquals("file", url.getProtocol(), "classes of " + pkg);
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        for (Path path : files.sorted().toList()) {
          String name = String.valueOf(path.getFileName());
          if (name.endsWith(".class") && !name.contains("$")) {
            classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - 6)));
          }
        }
      }
    }
    return classes;
  }
}
