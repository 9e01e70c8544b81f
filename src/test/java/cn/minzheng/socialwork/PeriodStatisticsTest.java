package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.shared.PeriodOfYear;
import cn.minzheng.shared.PeriodOfYear.Kind;
import cn.minzheng.socialwork.statistics.PeriodStatistics;
import cn.minzheng.socialwork.statistics.PeriodStatistics.DistrictPeriod;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Per-period figures by district, each by the date of the event: the services of 2001 in a district
 * of its own, on both sides of the second quarter's edges (31 March, 1 April, 30 June, 1 July); a
 * visit that also fulfilled monitoring's task is one service; the half year holds the first quarter
 * too; the page and the Excel's second sheet show the same figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodStatisticsTest {

  @Autowired PeriodStatistics statistics;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private String district;

  @BeforeEach
  void year2001InADistrictOfItsOwn() {
    long n = System.nanoTime();
    String d = "59" + String.format("%04d", n / 1000 % 10000);
    district = d + "000000";
    String community = d + "001001";
    long station =
        insert(
            "insert into socialwork.station (region_code, level, name, opened_on, created_by)"
                + " values (?, 'COMMUNITY', '统计测试站', date '2000-01-01', 't') returning id",
            community);
    long worker =
        insert(
            "insert into socialwork.social_worker (person_id, region_code, level,"
                + " certificate_number, certificate_year, created_by)"
                + " values (?, ?, 'ASSISTANT', ?, 2010, 't') returning id",
            -n,
            community,
            "TJ" + n);
    // person 1: 31 March (Q1), 1 April as a monitoring visit, 30 June; person 2: 30 June; person 3:
    // 1 July (Q3)
    Object[][] services = {
      {-1L, "2001-03-31", 45, null},
      {-1L, "2001-04-01", 60, n},
      {-1L, "2001-06-30", 30, null},
      {-2L, "2001-06-30", 90, null},
      {-3L, "2001-07-01", 60, null}
    };
    for (Object[] s : services) {
      jdbc.sql(
              """
              insert into socialwork.service_record (station_id, region_code, person_id, worker_id,
                     service_type, served_on, minutes, content, monitoring_visit_id, recorded_by)
              values (?, ?, ?, ?, 'VISIT', cast(? as date), ?, '探访', ?, 't')""")
          .params(station, community, (Long) s[0] * n, worker, s[1], s[2], s[3])
          .update();
    }
    long topic =
        insert(
            "insert into socialwork.walk_topic (region_code, title, service, created_by)"
                + " values (?, '统计走流程', '低保', 't') returning id",
            district);
    jdbc.sql(
            "insert into socialwork.walk_visit (topic_id, walked_on, walker, persons) values"
                + " (?, date '2001-05-10', '局长', 3), (?, date '2001-07-01', '局长', 5)")
        .params(topic, topic)
        .update();
    jdbc.sql(
            "insert into socialwork.walk_measure (topic_id, description, owner, deadline, status,"
                + " done_on) values (?, '甲', '办公室', date '2001-06-30', 'DONE', date '2001-06-30'),"
                + " (?, '乙', '办公室', date '2001-07-01', 'DONE', date '2001-07-01')")
        .params(topic, topic)
        .update();
    long openDay =
        insert(
            """
            insert into socialwork.open_day (region_code, title, place, held_on, starts_at, ends_at,
                   capacity, registration_opens, registration_closes, created_by)
            values (?, '统计开放日', '大厅', date '2001-06-15', '09:00', '11:00', 10,
                    date '2001-06-01', date '2001-06-14', 't') returning id""",
            district);
    jdbc.sql(
            "insert into socialwork.open_day_registration (open_day_id, person_id, status) values"
                + " (?, ?, 'ATTENDED'), (?, ?, 'ATTENDED'), (?, ?, 'NO_SHOW')")
        .params(openDay, -11L * n, openDay, -12L * n, openDay, -13L * n)
        .update();
    jdbc.sql(
            "insert into socialwork.convention (community_code, kind, title, body, adopted_on,"
                + " meeting, created_by) values (?, 'RESIDENTS', '公约', '全文',"
                + " date '2001-04-02', '居民会议', 't')")
        .param(community)
        .update();
    long body =
        insert(
            "insert into socialwork.governance_body (community_code, kind, name, created_by)"
                + " values (?, 'COUNCIL', '统计议事会', 't') returning id",
            community);
    jdbc.sql(
            "insert into socialwork.governance_meeting (body_id, held_on, subject, attendees)"
                + " values (?, date '2001-05-01', '议题', 9), (?, date '2001-09-01', '议题', 9)")
        .params(body, body)
        .update();
  }

  @Test
  void theSecondQuarterCountsWhatHappenedFromTheFirstOfAprilToTheThirtiethOfJune() {
    DistrictPeriod q2 = row(new PeriodOfYear(Kind.QUARTER, 2001, 2));
    assertThat(q2.peopleServed()).isEqualTo(2);
    assertThat(q2.services()).isEqualTo(3);
    assertThat(q2.servicesAlsoVisits()).isEqualTo(1);
    assertThat(q2.serviceHours()).isEqualByComparingTo("3.0"); // (60 + 30 + 90) / 60
    assertThat(q2.walkPersonTimes()).isEqualTo(3);
    assertThat(q2.measuresDone()).isEqualTo(1);
    assertThat(q2.openDays()).isEqualTo(1);
    assertThat(q2.visitors()).isEqualTo(2);
    assertThat(q2.conventions()).isEqualTo(1);
    assertThat(q2.governanceMeetings()).isEqualTo(1);

    DistrictPeriod h1 = row(new PeriodOfYear(Kind.HALF, 2001, 1));
    assertThat(h1.peopleServed()).isEqualTo(2);
    assertThat(h1.services()).isEqualTo(4);
    DistrictPeriod july = row(new PeriodOfYear(Kind.MONTH, 2001, 7));
    assertThat(july.peopleServed()).isEqualTo(1);
    assertThat(july.walkPersonTimes()).isEqualTo(5);
    assertThat(july.measuresDone()).isEqualTo(1);
    assertThat(july.visitors()).isZero();
    DistrictPeriod year = row(new PeriodOfYear(Kind.YEAR, 2001, 1));
    assertThat(year.peopleServed()).isEqualTo(3);
    assertThat(year.governanceMeetings()).isEqualTo(2);
  }

  @Test
  void thePageAndTheExcelShowThePeriodChosen() throws Exception {
    var city = auth("510100000000", Role.CITY_ADMIN);
    mvc.perform(
            get("/socialwork/coverage")
                .param("kind", "QUARTER")
                .param("year", "2001")
                .param("part", "2")
                .with(authentication(city)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("2001年第2季度（2001-04-01 至 2001-06-30）")))
        .andExpect(
            content().string(Matchers.containsString("data-testid=\"period-" + district + "\"")));
    byte[] xlsx =
        mvc.perform(
                get("/socialwork/coverage.xlsx")
                    .param("kind", "QUARTER")
                    .param("year", "2001")
                    .param("part", "2")
                    .with(authentication(city)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("期间统计");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("2001年第2季度");
      Row row = null;
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        if (sheet.getRow(r).getCell(1).getStringCellValue().equals(district)) {
          row = sheet.getRow(r);
        }
      }
      assertThat(row).isNotNull();
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2);
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(2);
    }
    // a district sees its own districts only
    mvc.perform(
            get("/socialwork/coverage")
                .param("kind", "QUARTER")
                .param("year", "2001")
                .param("part", "2")
                .with(authentication(auth("510104000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.not(
                        Matchers.containsString("data-testid=\"period-" + district + "\""))));
  }

  private DistrictPeriod row(PeriodOfYear period) {
    return statistics.byDistrict(RegionFilter.all(), period).stream()
        .filter(r -> r.districtCode().equals(district))
        .findFirst()
        .orElseThrow();
  }

  private long insert(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
