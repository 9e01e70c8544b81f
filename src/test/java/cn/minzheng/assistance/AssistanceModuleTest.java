package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.registry.HouseholdChanged;
import cn.minzheng.registry.RegistryFixtures;
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
 * Social assistance starts with its direct dependencies only and flags a case for review when the
 * registry reports a change of its household.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AssistanceModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseStore store;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of(
                "platform",
                "calendar",
                "region",
                "registry",
                "payments",
                "portal",
                "lifeevents",
                "assistance"));
  }

  @Test
  void aHouseholdChangeFlagsItsCaseForReview(Scenario scenario) {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    Household h = fx.household(1);
    long id =
        fx.file(
            fx.dibao(h, Category.BOTTOM),
            AssistanceFixtures.caseworker(),
            LocalDate.of(2026, 2, 2));

    scenario
        .publish(
            new HouseholdChanged(
                h.id(), AssistanceFixtures.COMMUNITY, "成员迁入", LocalDate.of(2026, 2, 3)))
        .andWaitForStateChange(() -> store.find(id).orElseThrow().reviewFlag())
        .andVerify(flag -> assertThat(flag).isEqualTo("家庭变动（成员迁入），待复核"));
  }
}
