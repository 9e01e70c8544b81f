package cn.minzheng.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.registry.RegistryFixtures.Person;
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
 * The registry starts with its direct dependencies only (platform, region; their migrations alone)
 * and publishes {@link PersonDied} when a death is recorded through its published command.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RegistryModuleTest {

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands commands;
  @Autowired JdbcClient jdbc;

  @Test
  void startsWithThePlatformAndRegionsMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc)).isEqualTo(Set.of("platform", "region", "registry"));
  }

  @Test
  void recordingADeathPublishesPersonDied(Scenario scenario) {
    Person person = registry.person("模块测试", RegistryTestData.COMMUNITY);
    LocalDate died = LocalDate.of(2026, 1, 5);

    scenario
        .stimulate(
            () -> commands.recordDeath(person.id(), new DeathReport(died, "STAFF", null, "测试")))
        .andWaitForEventOfType(PersonDied.class)
        .matching(event -> event.personId() == person.id())
        .toArriveAndVerify(
            event -> {
              assertThat(event.dateOfDeath()).isEqualTo(died);
              assertThat(event.regionCode()).isEqualTo(RegistryTestData.COMMUNITY);
            });
  }
}
