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
 * Payments start with the platform, regions and the registry, whose person directory scopes a payee
 * account's change through the API to the caller's region; no programme module is started. The
 * module publishes and listens to no event (programmes call {@link Entitlements} and get {@link
 * MonthReplaced} back), so there is no event interaction to check here.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PaymentsModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired Entitlements entitlements;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(entitlements).isNotNull();
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(Set.of("platform", "region", "registry", "payments"));
  }
}
