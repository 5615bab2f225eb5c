package org.minix3j.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EndpointTest {

  @Property
  void slotAndGenerationRoundTrip(
      @ForAll @IntRange(min = 0, max = Endpoint.GENERATION_SIZE - 1) int slot,
      @ForAll @IntRange(min = 0, max = Endpoint.MAX_GENERATION) int generation) {
    int endpoint = Endpoint.of(slot, generation);
    assertTrue(Endpoint.isProcess(endpoint));
    assertEquals(slot, Endpoint.slot(endpoint));
    assertEquals(generation, Endpoint.generation(endpoint));
  }

  @Property
  void aRestartedSlotHasADifferentEndpoint(
      @ForAll @IntRange(min = 0, max = Endpoint.GENERATION_SIZE - 1) int slot,
      @ForAll @IntRange(min = 0, max = Endpoint.MAX_GENERATION) int generation) {
    int next = Endpoint.nextGeneration(generation);
    assertNotEquals(Endpoint.of(slot, generation), Endpoint.of(slot, next));
  }

  @Test
  void specialValuesAreNotProcesses() {
    for (int special : new int[] {Endpoint.ANY, Endpoint.NONE, Endpoint.SELF}) {
      assertTrue(!Endpoint.isProcess(special));
      assertThrows(IllegalArgumentException.class, () -> Endpoint.slot(special));
    }
    assertEquals("ANY", Endpoint.describe(Endpoint.ANY));
    assertEquals("7.3", Endpoint.describe(Endpoint.of(7, 3)));
  }

  @Test
  void outOfRangePartsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(Endpoint.GENERATION_SIZE, 0));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(0, Endpoint.MAX_GENERATION + 1));
  }
}
