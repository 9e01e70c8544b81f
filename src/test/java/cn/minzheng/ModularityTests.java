package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation (C4, canvases) is written every build. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(MinzhengApplication.class);

  @Test
  void moduleBoundariesHold() {
    modules.verify();
  }

  /**
   * Spring Modulith's Flyway runs the module folders in this order (dependencies first):
   * calendar/V1 moves the table that platform/V4 creates, so platform must come first.
   */
  @Test
  void platformMigratesBeforeTheCalendarThatTakesOverItsTable() {
    var order =
        ApplicationModuleIdentifiers.of(modules).stream()
            .map(ApplicationModuleIdentifier::toString)
            .toList();

    assertThat(order).containsSubsequence("platform", "calendar");
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
