package cn.minzheng.funeral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.registry.PersonDied;
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
 * Funeral starts with its direct dependencies only, and a death delivered twice opens one subsidy
 * case. The region module is included explicitly for the platform's data scope.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "region")
class FuneralModuleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of(
                "platform",
                "region",
                "registry",
                "payments",
                "portal",
                "booking",
                "lifeevents",
                "funeral"));
  }

  @Test
  void aDeathDeliveredTwiceOpensOneCase(Scenario scenario) {
    long person = 990_000_001L;
    PersonDied died = new PersonDied(person, LocalDate.of(2026, 10, 31), "510104001001");
    scenario
        .publish(died)
        .andWaitForStateChange(() -> cases(person), n -> n > 0)
        .andVerify(n -> assertThat(n).isEqualTo(1));
    scenario
        .publish(died)
        .andWaitForEventOfType(PersonDied.class)
        .toArriveAndVerify(e -> assertThat(cases(person)).isEqualTo(1));
  }

  private long cases(long person) {
    return jdbc.sql("select count(*) from funeral.subsidy_case where deceased_person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }
}
