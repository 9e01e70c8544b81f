package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.paid;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The disability module starts with its dependencies only (assistance only through its published
 * events, whose migrations it does not need), takes a rating from the registry's event and stops
 * the care subsidy from the month after a death the registry reports.
 */
@ApplicationModuleTest(
    mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
    // the living subsidy reads monitoring's published view low_income_fact (SQL, no Java type);
    // monitoring's warning map draws on the place-name boundaries
    extraIncludes = {"monitoring", "placenames", "calendar"})
class DisabilityModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;

  @Test
  void startsWithItsDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of(
                "platform",
                "region",
                "registry",
                "payments",
                "portal",
                "lifeevents",
                "monitoring",
                "placenames",
                "calendar",
                "disability"));
  }

  @Test
  void aRatingFromTheRegistryAndADeathDriveTheCareSubsidy(Scenario scenario) {
    var person =
        registry.disabledPerson(
            "模块测试",
            RegistryTestData.COMMUNITY,
            DisabilityCategory.PHYSICAL,
            1,
            LocalDate.of(2020, 5, 5));
    SubsidyTestSupport.await(jdbc, () -> SubsidyTestSupport.rated(jdbc, person.id(), 1));
    run.run(Subsidy.CARE, YearMonth.of(2025, 9));
    asStreet(
        RegistryTestData.STREET,
        () -> {
          newlyEligible.confirm(person.id(), Subsidy.CARE, "test");
          return null;
        });
    run.run(Subsidy.CARE, YearMonth.of(2025, 10));
    assertThat(paid(jdbc, person.id(), "DISABILITY_CARE", "2025-10-01")).isPresent();

    scenario
        .stimulate(
            () ->
                personCommands.recordDeath(
                    person.id(), new DeathReport(LocalDate.of(2025, 9, 1), "STAFF", null, "测试")))
        .andWaitForStateChange(
            () -> paid(jdbc, person.id(), "DISABILITY_CARE", "2025-10-01").isEmpty())
        .andVerify(
            stopped ->
                assertThat(paid(jdbc, person.id(), "DISABILITY_CARE", "2025-09-01")).isPresent());
  }
}
