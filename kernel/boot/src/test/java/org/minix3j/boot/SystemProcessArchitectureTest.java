package org.minix3j.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's rule 3 for Java system processes: a server or driver reaches the rest of the
 * system only through the ABI. It imports no other server's or driver's package, nor the kernel
 * or the machine; it never leaves its box through reflection, threads, System.exit, host files,
 * sockets or the host clock; and it keeps no mutable static state, so a restarted copy starts
 * from nothing.
 */
class SystemProcessArchitectureTest {
  private static final List<String> PROCESSES = List.of(
      "org.minix3j.servers.pm", "org.minix3j.servers.vm", "org.minix3j.servers.vfs",
      "org.minix3j.servers.mfs", "org.minix3j.servers.ds", "org.minix3j.servers.rs",
      "org.minix3j.drivers.tty", "org.minix3j.drivers.memory", "org.minix3j.drivers.printer",
      "org.minix3j.drivers.ata");

  private static final JavaClasses SYSTEM_PROCESSES =
      ArchConfiguration.withThreadLocalScope(
          (ArchConfiguration configuration) -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PROCESSES);
          });

  @Test
  void everyServerAndDriverIsPresent() {
    for (String process : PROCESSES) {
      org.junit.jupiter.api.Assertions.assertTrue(
          SYSTEM_PROCESSES.stream().anyMatch(c -> c.getPackageName().startsWith(process)),
          process + " has no classes: the rules below would pass vacuously");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.minix3j.servers.(*)..", "org.minix3j.drivers.(*).."})
  void noProcessReachesAnotherOfItsKind(String kind) {
    SlicesRuleDefinition.slices().matching(kind).should().notDependOnEachOther()
        .check(SYSTEM_PROCESSES);
  }

  @Test
  void serversAndDriversDoNotReachEachOther() {
    noClasses().that().resideInAPackage("org.minix3j.servers..")
        .should().dependOnClassesThat().resideInAPackage("org.minix3j.drivers..")
        .check(SYSTEM_PROCESSES);
    noClasses().that().resideInAPackage("org.minix3j.drivers..")
        .should().dependOnClassesThat().resideInAPackage("org.minix3j.servers..")
        .check(SYSTEM_PROCESSES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.minix3j.kernel..", "org.minix3j.machine..", "org.minix3j.boot..",
      "org.minix3j.cli..", "org.minix3j.conformance..", "org.minix3j.verification.."})
  void noProcessReachesTheKernelOrTheMachine(String forbidden) {
    noClasses().should().dependOnClassesThat().resideInAPackage(forbidden).check(SYSTEM_PROCESSES);
  }

  @Test
  void noProcessLeavesItsBox() {
    ArchRule rule = noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.lang.reflect..", "java.net..", "java.nio.file..",
            "java.nio.channels..", "java.util.concurrent..", "java.lang.foreign..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .orShould().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class)
        .orShould().dependOnClassesThat().resideInAPackage("java.time..");
    rule.check(SYSTEM_PROCESSES);
  }

  @Test
  void noProcessKeepsMutableStaticState() {
    fields().that().areStatic().should().beFinal().andShould(HOLD_NO_MUTABLE_CONTAINER)
        .check(SYSTEM_PROCESSES);
  }

  /**
   * A static final array or mutable JDK collection could still be changed and outlive a
   * restart; the collection interfaces are allowed, for List.of and its kind.
   */
  private static final List<String> MUTABLE_CONTAINERS = List.of(
      "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.TreeMap",
      "java.util.LinkedHashMap", "java.util.HashSet", "java.util.TreeSet", "java.util.LinkedHashSet",
      "java.util.ArrayDeque", "java.util.BitSet", "java.util.EnumMap", "java.util.IdentityHashMap",
      "java.lang.StringBuilder");

  private static final ArchCondition<JavaField> HOLD_NO_MUTABLE_CONTAINER =
      new ArchCondition<>("hold no array and no mutable collection") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
          String type = field.getRawType().getName();
          boolean mutable = field.getRawType().isArray()
              || MUTABLE_CONTAINERS.stream().anyMatch(type::equals);
          if (mutable && !field.getOwner().isEnum() && !field.getName().equals("$VALUES")
              && !field.getName().startsWith("$SwitchMap")) {
            events.add(SimpleConditionEvent.violated(field,
                field.getFullName() + " is a static " + type + ": mutable state shared by copies"));
          }
        }
      };
}
