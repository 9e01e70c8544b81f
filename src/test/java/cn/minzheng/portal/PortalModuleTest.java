package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.MigratedModules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The portal starts with the platform and the registry (and the region module, included explicitly
 * because the platform's data scope needs the region tree: see {@code PlatformModuleTest}). It
 * publishes and listens to no event: other modules call {@link CitizenMessages}, so there is no
 * event interaction to check here.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "region")
class PortalModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired CitizenMessages messages;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(messages).isNotNull();
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(Set.of("platform", "region", "registry", "portal"));
  }
}
