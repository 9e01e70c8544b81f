package cn.minzheng;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation (C4, canvases) is written every build. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(MinzhengApplication.class);

  @Test
  void moduleBoundariesHold() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
