package cn.minzheng.placenames.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.placenames.Boundaries;
import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo names: the brief's 153 approvals and 189 filings in 2023 H1, applications open today in
 * every stage, an overdue inspection finding; loaded once. Rolled back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Transactional
class PlaceNameDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired Gazetteer gazetteer;
  @Autowired BoundaryService boundaryService;
  @Autowired Boundaries boundaries;
  @Autowired WorkingCalendar calendar;
  @Autowired TransactionTemplate tx;

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void theBriefsFiguresEveryStageAndOnceOnly() {
    LocalDate today = ChinaTime.today();
    List<RegionNode> inForce = regions.all().stream().filter(n -> n.activeOn(today)).toList();
    boundaryService.recordGenerated(VoronoiBoundaries.forChengdu(inForce), today);
    long before = count("select count(*) from placenames.application");
    assertThat(before).isZero();

    var loader = new PlaceNameDemoData(jdbc, regions, gazetteer, boundaries, calendar, tx);
    loader.run(new DefaultApplicationArguments());
    loader.run(new DefaultApplicationArguments());

    assertThat(
            count(
                "select count(*) from placenames.application where status = 'APPROVED'"
                    + " and decided_on between '2023-01-01' and '2023-06-30'"))
        .isEqualTo(153);
    assertThat(
            count(
                "select count(*) from placenames.building_filing where status = 'FILED'"
                    + " and decided_on between '2023-01-01' and '2023-06-30'"))
        .isEqualTo(189);
    assertThat(count("select count(*) from placenames.place_name_history")).isEqualTo(4);
    // every open stage: awaiting assessment, under consultation, ready for a decision
    assertThat(
            count(
                "select count(*) from placenames.application a where status = 'SUBMITTED'"
                    + " and category in ('ROAD','BRIDGE','SQUARE','PARK') and not exists"
                    + " (select 1 from placenames.assessment s where s.application_id = a.id)"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from placenames.application where status = 'SUBMITTED'"
                    + " and consultation_closes_on >= current_date"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from placenames.application where status = 'SUBMITTED'"
                    + " and consultation_closes_on < current_date"))
        .isPositive();
    assertThat(count("select count(*) from placenames.application where status = 'REJECTED'"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from placenames.inspection_finding where rectified_on is null"
                    + " and rectify_by < current_date"))
        .isPositive();
    // every position lies in its community by the boundaries
    String location =
        jdbc.sql("select region_code || '|' || location from placenames.application limit 1")
            .query(String.class)
            .single();
    String[] parts = location.split("\\|");
    String[] latLon = parts[1].split(",");
    assertThat(boundaries.communityAt(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])))
        .contains(parts[0]);
  }
}
