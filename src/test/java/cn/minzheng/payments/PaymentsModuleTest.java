package cn.minzheng.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.MigratedModules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Payments start with the platform and regions only: they use no registry bean (the declared
 * dependency on the registry is not one Modulith starts), so the registry's tables are not even
 * migrated. The module publishes and listens to no event (programmes call {@link Entitlements} and
 * get {@link MonthReplaced} back), so there is no event interaction to check here.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PaymentsModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired Entitlements entitlements;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(entitlements).isNotNull();
    assertThat(MigratedModules.of(jdbc)).isEqualTo(Set.of("platform", "region", "payments"));
  }
}
