package cn.minzheng.web;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.monitoring.MonitoringTestData;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 待办 only for the user's own decisions (issue 24), per role of the demo accounts
 * (docs/demo-accounts.md: 市级管理员 at the city, 区县审批人 at 锦江区, 街道经办人 at its first street, 社区工作者 at a
 * community of it): visit tasks are the street's and the community's, never the district's or the
 * city's; a warning waits at the one office it is assigned to and moves with its escalation;
 * filings of institutions are the county bureau's. Every expected count is counted here from the
 * tables.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkQueuePerRoleTest {

  @Autowired MockMvc mvc;
  @Autowired List<WorkQueueSource> queues;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;
  @Autowired VisitRecords visits;
  @Autowired FeedImports imports;
  @Autowired RegionHierarchy regions;
  @Autowired JdbcClient jdbc;

  private static final StaffUser CITY_ADMIN = RegistryTestData.staff(CITY, Role.CITY_ADMIN);
  private static final StaffUser DISTRICT_APPROVER =
      RegistryTestData.staff(DISTRICT, Role.DISTRICT_APPROVER);
  private static final StaffUser STREET_WORKER =
      RegistryTestData.staff(STREET, Role.STREET_CASEWORKER);

  /**
   * A community of the street that other test classes do not use (StaffPageConventionsTest: 0-3).
   */
  private String quietCommunity(int n) {
    return regions.subtreeOf(STREET).stream()
        .filter(c -> !c.equals(STREET))
        // the demo community worker's community keeps its empty 待办 (ShellAndErrorsTest)
        .filter(c -> !c.equals(RegistryTestData.COMMUNITY))
        .sorted(Comparator.reverseOrder())
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  /** The card's count, 0 when the user has no such card. */
  private long card(StaffUser user, String kind) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals(kind))
        .mapToLong(WorkQueueEntry::count)
        .sum();
  }

  private boolean hasCard(StaffUser user, String kind) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .anyMatch(e -> e.kind().equals(kind));
  }

  private Person includedPerson(String name, String community) {
    Person p = registry.person(name, community);
    register.include(
        new Inclusion(
            p.id(),
            null,
            community,
            RegisterCategory.TEKUN,
            "MANUAL",
            "测试待办",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");
    return p;
  }

  /**
   * Open visit tasks due within a week in the subtree of {@code region}, counted from the table.
   */
  private long visitTasksDueWithinAWeek(String region) {
    return jdbc.sql(
            "select count(*) from monitoring.visit_task where state = 'OPEN' and due_date <= ?"
                + " and region_code = any(?)")
        .params(ChinaTime.today().plusDays(7), regions.subtreeOf(region).toArray(String[]::new))
        .query(Long.class)
        .single();
  }

  @Test
  void visitTasksAreTheStreetsAndTheCommunitysButNeverTheDistrictsOrTheCitys() {
    String community = quietCommunity(4);
    for (int i = 0; i < 3; i++) {
      includedPerson("待办巡访" + (char) ('甲' + i), community);
    }
    visits.generateTasks(RegionFilter.of(Set.of(community)));
    // all three due today: inside the week of the card whatever the tier's frequency
    jdbc.sql(
            "update monitoring.visit_task set due_date = ? where region_code = ? and state = 'OPEN'")
        .params(ChinaTime.today(), community)
        .update();
    StaffUser communityWorker = RegistryTestData.staff(community, Role.COMMUNITY_WORKER);

    assertThat(visitTasksDueWithinAWeek(community)).isGreaterThanOrEqualTo(3);
    assertThat(card(communityWorker, "monitoring.visit"))
        .isEqualTo(visitTasksDueWithinAWeek(community));
    assertThat(card(STREET_WORKER, "monitoring.visit")).isEqualTo(visitTasksDueWithinAWeek(STREET));
    // the district's subtree holds these tasks, yet visiting is not the district's work
    assertThat(visitTasksDueWithinAWeek(DISTRICT)).isGreaterThanOrEqualTo(3);
    assertThat(hasCard(DISTRICT_APPROVER, "monitoring.visit")).isFalse();
    assertThat(hasCard(CITY_ADMIN, "monitoring.visit")).isFalse();
  }

  /** Open warnings assigned to exactly this node, counted from the table. */
  private long openWarningsAssignedTo(String node) {
    return jdbc.sql(
            "select count(*) from monitoring.warning where state in ('NEW', 'ASSIGNED')"
                + " and assignee_region_code = ?")
        .param(node)
        .query(Long.class)
        .single();
  }

  @Test
  void aWarningWaitsAtTheOfficeItIsAssignedToAndMovesWithItsEscalation() throws Exception {
    String community = quietCommunity(5);
    Person owner = includedPerson("待办预警", community);
    MonitoringTestData.importLines(
        imports, FeedType.VEHICLE, owner.idNumber() + ",2025-05-05,70000,川A55555");
    long warning =
        jdbc.sql("select id from monitoring.warning where person_id = ?")
            .param(owner.id())
            .query(Long.class)
            .single();
    String assignee =
        jdbc.sql("select assignee_region_code from monitoring.warning where id = ?")
            .param(warning)
            .query(String.class)
            .single();
    assertThat(assignee).isNotEqualTo(DISTRICT);
    StaffUser atAssignee =
        RegistryTestData.staff(
            assignee, assignee.endsWith("000") ? Role.STREET_CASEWORKER : Role.COMMUNITY_WORKER);

    long districtBefore = openWarningsAssignedTo(DISTRICT);
    assertThat(card(atAssignee, "monitoring.warning")).isEqualTo(openWarningsAssignedTo(assignee));
    assertThat(card(atAssignee, "monitoring.warning")).isPositive();
    // the district's subtree holds it, but it is not the district's until it escalates
    assertThat(card(DISTRICT_APPROVER, "monitoring.warning")).isEqualTo(districtBefore);
    assertThat(card(CITY_ADMIN, "monitoring.warning")).isEqualTo(openWarningsAssignedTo(CITY));

    long assigneeBefore = openWarningsAssignedTo(assignee);
    jdbc.sql("update monitoring.warning set assignee_region_code = ? where id = ?")
        .params(DISTRICT, warning)
        .update();

    assertThat(card(DISTRICT_APPROVER, "monitoring.warning")).isEqualTo(districtBefore + 1);
    assertThat(card(atAssignee, "monitoring.warning")).isEqualTo(assigneeBefore - 1);

    // the card's link lists exactly the card's warnings (本级承办, 待处置), the moved one among them
    WorkQueueEntry entry =
        queues.stream()
            .flatMap(q -> q.pendingFor(DISTRICT_APPROVER).stream())
            .filter(e -> e.kind().equals("monitoring.warning"))
            .findFirst()
            .orElseThrow();
    String list =
        mvc.perform(
                get(entry.link() + "&size=100")
                    .with(authentication(StaffAuthentication.of(DISTRICT_APPROVER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list)
        .contains("data-testid=\"pager-total\">" + entry.count() + "<")
        .contains("href=\"/monitoring/warnings/" + warning + "\"");
  }

  @Test
  void institutionFilingsAndTheModificationSubsidyAreTheCountyBureaus() {
    StaffUser communityWorker =
        RegistryTestData.staff(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);
    for (StaffUser notTheBureau : List.of(STREET_WORKER, communityWorker, CITY_ADMIN)) {
      assertThat(queues.stream().flatMap(q -> q.pendingFor(notTheBureau).stream()))
          .extracting(WorkQueueEntry::kind)
          .as(notTheBureau.roles().toString())
          .doesNotContain(
              "elderly.filing", "elderly.filing.online", "elderly.modification.subsidy");
    }
    long submitted =
        jdbc.sql(
                "select count(*) from elderly.institution where status = 'SUBMITTED'"
                    + " and not filed_online and region_code = any(?)")
            .param(regions.subtreeOf(DISTRICT).toArray(String[]::new))
            .query(Long.class)
            .single();
    assertThat(card(DISTRICT_APPROVER, "elderly.filing")).isEqualTo(submitted);
  }
}
