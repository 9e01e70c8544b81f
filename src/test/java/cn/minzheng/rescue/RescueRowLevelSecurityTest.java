package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.staff;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.JINJIANG;
import static cn.minzheng.rescue.RescueTestData.JINJIANG_STAFF;
import static cn.minzheng.rescue.RescueTestData.QINGYANG;
import static cn.minzheng.rescue.RescueTestData.arrivalDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.intake.IntakeRow;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the rescue stations' intakes (rescue V3): a query that forgot
 * its region filter returns no intake of another street in a street's request; the module's
 * deliberate city-wide look-ups still reach another district's station — a person staying at one
 * station cannot be taken in at a second, and a stay's history shows every station's stays.
 */
class RescueRowLevelSecurityTest extends RowLevelSecurityTestBase {

  RescueRowLevelSecurityTest() {
    super(-7_300_000);
  }

  @Autowired RescueStations stations;
  @Autowired Admissions admissions;
  @Autowired IntakeQueries queries;
  @Autowired RegistryFixtures registry;

  private final List<Long> created = new ArrayList<>();

  @AfterAll
  void removeRows() {
    jdbc.sql("delete from rescue.intake where id = any(:ids)")
        .param("ids", created.toArray(Long[]::new))
        .update();
  }

  @Test
  void intakesOfAnotherStreetStayOutOfAStreetsUnscopedQuery() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    var rows =
        new RowsInThreeRegions(
            "rescue.intake",
            "id",
            closedIntake(station, COMMUNITY),
            closedIntake(station, SIBLING_STREET_COMMUNITY),
            closedIntake(station, SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aPersonStayingAtAnotherDistrictsStationIsNotTakenInTwiceAndTheHistoryShowsBoth() {
    long qingyang = RescueTestData.station(stations, QINGYANG);
    long jinjiang = RescueTestData.station(stations, JINJIANG);
    var p = registry.person("两站救助", RegistryTestData.COMMUNITY);
    long elsewhere =
        RegistryTestData.as(
            CITY,
            () ->
                admissions.admitKnown(
                    p.idNumber(), arrivalDaysAgo(qingyang, 3), code -> true, "city_test"));

    RowScope.bind(dataScope.of(staff(JINJIANG, Role.DISTRICT_APPROVER)));
    assertThatThrownBy(
            () ->
                RegistryTestData.as(
                    JINJIANG_STAFF,
                    () ->
                        admissions.admitKnown(
                            p.idNumber(),
                            arrivalDaysAgo(jinjiang, 0),
                            code -> code.startsWith("510104"),
                            "district_test")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("正在站内受助")
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("idNumber");
    long seenInScope =
        jdbc.sql("select count(*) from rescue.intake where id = :id")
            .param("id", elsewhere)
            .query(Long.class)
            .single();
    RowScope.clear();
    assertThat(seenInScope).as("the district's row scope holds").isZero();

    // the Qingyang stay ends; the person comes to Jinjiang; its history shows both stations' stays
    jdbc.sql(
            "update rescue.intake set exit_kind = 'LEFT', exited_on = admitted_on + 1 where id = :id")
        .param("id", elsewhere)
        .update();
    long here =
        RegistryTestData.as(
            JINJIANG_STAFF,
            () ->
                admissions.admitKnown(
                    p.idNumber(),
                    arrivalDaysAgo(jinjiang, 0),
                    code -> code.startsWith("510104"),
                    "district_test"));
    RowScope.bind(dataScope.of(staff(JINJIANG, Role.DISTRICT_APPROVER)));
    IntakeRow stay = queries.find(here).orElseThrow();
    assertThat(queries.samePerson(stay)).extracting(IntakeRow::id).containsExactly(elsewhere, here);
  }

  private long closedIntake(long station, String region) {
    long id =
        jdbc.sql(
                """
                insert into rescue.intake (intake_no, station_id, region_code, person_id,
                       admitted_on, found_place, referred_by, exit_kind, exited_on, created_by)
                values (:no, :station, :region, :person, date '2026-10-01', '测试地点', 'SELF',
                        'LEFT', date '2026-10-02', 'rls-test')
                returning id""")
            .param("no", "RLS" + System.nanoTime())
            .param("station", station)
            .param("region", region)
            .param("person", fakePerson())
            .query(Long.class)
            .single();
    created.add(id);
    return id;
  }
}
