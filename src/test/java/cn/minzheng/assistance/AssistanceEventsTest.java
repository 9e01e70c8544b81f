package cn.minzheng.assistance;

import static cn.minzheng.assistance.AssistanceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.Relationship;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
@EnableScenarios
class AssistanceEventsTest {

  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CaseStore store;
  @Autowired ApplicationEvents events;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void confirmationPublishesGrantedFromTheNextMonthAndEndingPublishesEnded() {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    StaffUser caseworker = AssistanceFixtures.caseworker();
    StaffUser approver = AssistanceFixtures.approver();
    Household h = fx.household(2);
    LocalDate day = LocalDate.of(2026, 2, 2);
    long id = fx.inPublicity(fx.dibao(h, Category.PROTECT), "0", caseworker, day);
    run(approver, () -> decisions.confirm(id, approver, day.plusDays(7)));

    assertThat(events.stream(AssistanceGranted.class).filter(g -> g.caseId() == id))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.type()).isEqualTo(AssistanceType.DIBAO);
              assertThat(g.category()).isEqualTo("PROTECT");
              assertThat(g.fromMonth()).isEqualTo(YearMonth.of(2026, 3));
              assertThat(g.personIds()).containsExactlyInAnyOrderElementsOf(h.personIds());
              assertThat(g.regionCode()).isEqualTo(AssistanceFixtures.COMMUNITY);
            });
    long applicant = store.find(id).orElseThrow().applicantPersonId();
    assertThat(
            jdbc.sql(
                    "select subject from portal.citizen_message where person_id = ?"
                        + " and once_key = ?")
                .params(applicant, "assistance:granted:" + id)
                .query(String.class)
                .list())
        .containsExactly("低保申请已批准");

    run(approver, () -> decisions.end(id, YearMonth.of(2026, 6), "家庭收入超标", approver));
    assertThat(events.stream(AssistanceEnded.class).filter(e -> e.caseId() == id))
        .singleElement()
        .satisfies(e -> assertThat(e.lastMonth()).isEqualTo(YearMonth.of(2026, 6)));
  }

  @Test
  void aHouseholdChangeFlagsTheCaseForReview(Scenario scenario) {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    StaffUser caseworker = AssistanceFixtures.caseworker();
    Household h = fx.household(1);
    long id = fx.file(fx.dibao(h, Category.BOTTOM), caseworker, LocalDate.of(2026, 2, 2));
    Household other = fx.household(1);
    long newcomer = other.personIds().get(0);
    scenario
        .stimulate(
            () -> {
              registry.removeMember(other.id(), newcomer, LocalDate.of(2026, 2, 3), "迁出");
              registry.addMember(h.id(), newcomer, Relationship.OTHER, LocalDate.of(2026, 2, 3));
            })
        .andWaitForStateChange(() -> store.find(id).orElseThrow().reviewFlag())
        .andVerify(flag -> assertThat(flag).contains("待复核"));
  }
}
