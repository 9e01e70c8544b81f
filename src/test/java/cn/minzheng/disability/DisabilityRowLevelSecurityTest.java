package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.disability.rehab.RehabRegister;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the disability subsidies and rehabilitation (disability V7): a
 * query that forgot its region filter returns no recipient or enrolment of another street in a
 * street caseworker's request; a rehabilitation station's capacity still counts the enrolled of
 * another district.
 */
class DisabilityRowLevelSecurityTest extends RowLevelSecurityTestBase {

  DisabilityRowLevelSecurityTest() {
    super(-7_400_000);
  }

  @Autowired RehabRegister rehab;

  private final List<Long> recipients = new ArrayList<>();
  private final List<Long> enrolments = new ArrayList<>();
  private final List<Long> stations = new ArrayList<>();

  @AfterAll
  void removeRows() {
    jdbc.sql("delete from disability.recipient where person_id = any(:ids)")
        .param("ids", recipients.toArray(Long[]::new))
        .update();
    jdbc.sql("delete from disability.rehab_enrolment where id = any(:ids)")
        .param("ids", enrolments.toArray(Long[]::new))
        .update();
    jdbc.sql("delete from disability.rehab_station where id = any(:ids)")
        .param("ids", stations.toArray(Long[]::new))
        .update();
  }

  @Test
  void recipientsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "disability.recipient",
            "person_id",
            recipient(COMMUNITY),
            recipient(SIBLING_STREET_COMMUNITY),
            recipient(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void enrolmentsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    long station = station(10);
    var rows =
        new RowsInThreeRegions(
            "disability.rehab_enrolment",
            "id",
            enrolment(station, COMMUNITY),
            enrolment(station, SIBLING_STREET_COMMUNITY),
            enrolment(station, SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aStationsCapacityCountsTheEnrolledOfAnotherDistrict() {
    long station = station(2);
    enrolment(station, COMMUNITY);
    enrolment(station, SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(DISTRICT, Role.DISTRICT_APPROVER)));
    long enrolled =
        RegistryTestData.as(
            auth(DISTRICT, Role.DISTRICT_APPROVER),
            () ->
                rehab.stations().stream()
                    .filter(s -> s.id() == station)
                    .findFirst()
                    .orElseThrow()
                    .enrolled());
    assertThat(enrolled).isEqualTo(2);
    assertThatThrownBy(
            () ->
                RegistryTestData.as(
                    auth(DISTRICT, Role.DISTRICT_APPROVER),
                    () ->
                        rehab.enrol(
                            station,
                            fakePerson(),
                            COMMUNITY,
                            "SELF",
                            null,
                            LocalDate.of(2026, 11, 2),
                            "district_test")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已满员");
    assertThat(
            jdbc.sql("select count(*) from disability.rehab_enrolment where station_id = :s")
                .param("s", station)
                .query(Long.class)
                .single())
        .as("the district's row scope holds after the count")
        .isOne();
  }

  private long recipient(String region) {
    long person = fakePerson();
    jdbc.sql(
            """
            insert into disability.recipient (person_id, subsidy, first_month, region_code)
            values (:person, 'CARE', date '2026-11-01', :region)""")
        .param("person", person)
        .param("region", region)
        .update();
    recipients.add(person);
    return person;
  }

  private long station(int capacity) {
    long id =
        jdbc.sql(
                """
                insert into disability.rehab_station (name, region_code, operator, capacity, services)
                values (:name, :region, '测试机构', :capacity, '测试服务')
                returning id""")
            .param("name", "行级康复站" + System.nanoTime())
            .param("region", DISTRICT)
            .param("capacity", capacity)
            .query(Long.class)
            .single();
    stations.add(id);
    return id;
  }

  private long enrolment(long station, String region) {
    long id =
        jdbc.sql(
                """
                insert into disability.rehab_enrolment (station_id, person_id, region_code,
                       consent_by, consent_on, enrolled_on, enrolled_by)
                values (:station, :person, :region, 'SELF', date '2026-10-01', date '2026-10-02',
                        'rls-test')
                returning id""")
            .param("station", station)
            .param("person", fakePerson())
            .param("region", region)
            .query(Long.class)
            .single();
    enrolments.add(id);
    return id;
  }
}
