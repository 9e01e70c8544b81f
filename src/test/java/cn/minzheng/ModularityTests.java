package cn.minzheng;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

  @Test
  void writesModuleDocumentation() {
    // Relative to the project directory, where Maven runs the tests.
    ModuleDocumentation.write(modules, Path.of("docs", "modules"));
  }
}
