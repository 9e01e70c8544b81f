package cn.minzheng.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The life-event module starts with its direct dependencies only (registry, portal, platform; the
 * region module included explicitly because the data scope needs the region tree), and a death
 * opens the family's checklist of five steps and puts the death on the trail.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "region")
class LifeEventsModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(Set.of("platform", "region", "registry", "portal", "lifeevents"));
  }

  @Test
  void aDeathOpensTheChecklistAndGoesOnTheTrail(Scenario scenario) {
    long person = registry.person("模块身后", RegistryTestData.COMMUNITY).id();
    scenario
        .stimulate(
            () ->
                RegistryTestData.as(
                    RegistryTestData.auth(
                        RegistryTestData.CITY, cn.minzheng.platform.Role.CITY_ADMIN),
                    () ->
                        personCommands.recordDeath(
                            person,
                            new DeathReport(LocalDate.of(2025, 5, 31), "STAFF", null, "测试"))))
        .andWaitForStateChange(() -> steps(person) == 5 && trail(person) >= 2)
        .andVerify(done -> assertThat(done).isTrue());
  }

  private long steps(long person) {
    return jdbc.sql("select count(*) from lifeevents.checklist_step where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  private long trail(long person) {
    return jdbc.sql("select count(*) from lifeevents.trail_entry where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }
}
