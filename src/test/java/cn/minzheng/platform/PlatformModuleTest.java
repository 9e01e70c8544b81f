package cn.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.MigratedModules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * The platform starts with the region module only, and audits a sign-in from the security event it
 * listens to. Its one dependency ({@code shared}) has no beans, but the platform cannot start
 * without {@code region}: the data scope and staff accounts need a {@link RegionHierarchy}, the
 * port that the region module implements. Modulith cannot see an implementation as a dependency, so
 * the test includes region explicitly.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "region")
class PlatformModuleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void startsWithTheRegionTreeOnly() {
    assertThat(MigratedModules.of(jdbc)).isEqualTo(Set.of("platform", "region"));
  }

  @Test
  void aSuccessfulSignInIsAudited(Scenario scenario) {
    StaffUser user =
        new StaffUser(9_401, "module_probe", "模块测试", "510100000000", Set.of(Role.AUDITOR));
    scenario
        .publish(new AuthenticationSuccessEvent(StaffAuthentication.of(user)))
        .andWaitForStateChange(
            () ->
                jdbc.sql(
                        "select action from platform.audit_log where actor = ?"
                            + " and action = 'login.success'")
                    .param("module_probe")
                    .query(String.class)
                    .optional())
        .andVerify(action -> assertThat(action).contains("login.success"));
  }
}
