package cn.minzheng.cockpit.headline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.testing.MigratedModules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The cockpit knows no module: started with its own dependencies only, no module contributes a
 * figure, and every row of the brief it catalogues is shown as not connected yet. It publishes and
 * listens to no event.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CockpitModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired FigureCatalogue catalogue;

  @Test
  void startsWithoutAnyContributingModuleAndListsEveryRowAsNotConnected() {
    assertThat(MigratedModules.of(jdbc)).isEqualTo(Set.of("platform", "region", "cockpit"));
    assertThat(catalogue.figures()).isEmpty();
    assertThat(catalogue.notConnected()).hasSize(BriefRow.values().length);
  }
}
