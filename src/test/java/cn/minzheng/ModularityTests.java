package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries hold, and the module documentation is rewritten into {@code docs/modules} on
 * every build. The files are committed: {@code .ci/run} fails when a build changes them, so the
 * documented shape cannot drift from the code's.
 */
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
    // Relative to the project directory, where Maven runs the tests.
    ModuleDocumentation.write(modules, Path.of("docs", "modules"));
  }
}
