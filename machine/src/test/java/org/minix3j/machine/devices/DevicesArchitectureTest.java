package org.minix3j.machine.devices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The clock, the port bus and the devices stand alone: they never reach the CPU, the memory or
 * the loaders, and they never read the host clock or start threads (determinism).
 */
class DevicesArchitectureTest {
  /** The three packages alone; dependencies are named but not loaded (fast, same verdicts). */
  private static final JavaClasses DEVICE_SIDE =
      ArchConfiguration.withThreadLocalScope(
          (ArchConfiguration configuration) -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                    "org.minix3j.machine.clock",
                    "org.minix3j.machine.io",
                    "org.minix3j.machine.devices");
          });

  @Test
  void devicesDoNotDependOnTheCpuSide() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.minix3j.machine.cpu..", "org.minix3j.machine.memory..", "org.minix3j.machine.elf..",
            "org.minix3j.machine.bare..")
        .check(DEVICE_SIDE);
  }

  @Test
  void devicesNeverReadTheHostClockNorStartThreads() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Thread")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Instant")
        .check(DEVICE_SIDE);
  }
}
