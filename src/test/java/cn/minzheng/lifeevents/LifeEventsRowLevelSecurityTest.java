package cn.minzheng.lifeevents;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the after-death checklists (lifeevents V2): a query that forgot
 * its region filter returns no checklist of another street in a street caseworker's request, and a
 * death recorded in a street's request still opens the checklist of a person of another district
 * (the listener runs without a request).
 */
class LifeEventsRowLevelSecurityTest extends RowLevelSecurityTestBase {

  LifeEventsRowLevelSecurityTest() {
    super(-7_500_000);
  }

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;

  private final List<Long> created = new ArrayList<>();

  @AfterAll
  void removeRows() {
    jdbc.sql("delete from lifeevents.after_death where person_id = any(:ids)")
        .param("ids", created.toArray(Long[]::new))
        .update();
  }

  @Test
  void checklistsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "lifeevents.after_death",
            "person_id",
            checklist(COMMUNITY),
            checklist(SIBLING_STREET_COMMUNITY),
            checklist(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aDeathRecordedInAStreetsRequestOpensTheChecklistOfAPersonOfAnotherDistrict() {
    var deceased = registry.person("外区身后事", SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(STREET, Role.COMMUNITY_WORKER)));
    RegistryTestData.as(
        auth(STREET, Role.COMMUNITY_WORKER),
        () ->
            personCommands.recordDeath(
                deceased.id(),
                new DeathReport(LocalDate.of(2026, 11, 25), "COMMUNITY", null, "测试")));
    RowScope.clear();

    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> !regionOfChecklist(deceased.id()).isEmpty());
    assertThat(regionOfChecklist(deceased.id())).containsExactly(SIBLING_DISTRICT_COMMUNITY);
  }

  private List<String> regionOfChecklist(long person) {
    return jdbc.sql("select region_code from lifeevents.after_death where person_id = :p")
        .param("p", person)
        .query(String.class)
        .list();
  }

  private long checklist(String region) {
    long person = fakePerson();
    jdbc.sql(
            """
            insert into lifeevents.after_death (person_id, region_code, date_of_death)
            values (:p, :region, date '2026-11-01')""")
        .param("p", person)
        .param("region", region)
        .update();
    created.add(person);
    return person;
  }
}
