package cn.minzheng.rescue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.MigratedModules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Rescue starts with its direct dependencies only (platform, region, registry, cockpit). It
 * publishes and hears no event of its own: a death in a station goes through the registry's
 * command, tested in {@link RescueIntakeTest}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RescueModuleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(Set.of("platform", "region", "registry", "rescue"));
  }
}
