package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.testing.MigratedModules;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Monitoring starts with the beans it uses (platform, registry; the region module included
 * explicitly because the platform's data scope needs the region tree: see {@code
 * PlatformModuleTest}; the calendar because the place-name boundaries the warning map draws on need
 * it) and proves that the low-income register follows a granted programme. Its links to {@code
 * assistance} are an event it listens to and an SPI it implements, and it uses no payments bean:
 * Modulith starts neither module, and their tables are not migrated.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.DIRECT_DEPENDENCIES,
    extraIncludes = {"region", "calendar"})
class MonitoringModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of("platform", "region", "registry", "calendar", "placenames", "monitoring"));
  }

  @Test
  void aGrantedProgrammeEntersTheRegister(Scenario scenario) {
    Person person = registry.person("模块测试", COMMUNITY);
    scenario
        .publish(
            new AssistanceGranted(
                7101L,
                900101L,
                AssistanceType.DIBAO,
                "兜底型",
                List.of(person.id()),
                COMMUNITY,
                YearMonth.of(2025, 3)))
        .andWaitForStateChange(
            () ->
                jdbc.sql(
                        "select category from monitoring.register_entry"
                            + " where person_id = ? and until is null")
                    .param(person.id())
                    .query(String.class)
                    .list())
        .andVerify(categories -> assertThat(categories).containsExactly("DIBAO"));
  }
}
