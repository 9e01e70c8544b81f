package cn.minzheng.placenames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.placenames.statistics.PlaceNameStatistics;
import cn.minzheng.placenames.statistics.PlaceNameStatistics.Report;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * 地名统计: applications by district and stage, durations of the decided ones, approvals and filings by
 * month and district, scoped to the caller's subtree; the workbook. Counted as differences to what
 * the database held before, since other tests may have committed names. Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class StatisticsWebTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PlaceNameStatistics statistics;

  private static final StaffUser JINJIANG =
      new StaffUser(15, "st-jj", "锦江审批", "510104000000", Set.of(Role.DISTRICT_APPROVER));
  private static final StaffUser CITY =
      new StaffUser(16, "st-city", "市局", "510100000000", Set.of(Role.CITY_ADMIN));

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private Report as(StaffUser user, int year) {
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(user));
    try {
      return statistics.report(year);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void application(
      String category,
      String name,
      String region,
      String status,
      String submitted,
      String decided) {
    jdbc.sql(
            """
            insert into placenames.application (kind, category, proposed_name, pinyin, region_code,
                   location, reasons, status, submitted_by, submitted_at, decided_by, decided_on,
                   refusal_reason)
            values ('NAME', :category, :name, 'Ceshi', :region, '30.6,104.0', '测试', :status, 't',
                    cast(:submitted as timestamp) at time zone 'Asia/Shanghai',
                    case when :status = 'SUBMITTED' then null else 't' end,
                    cast(:decided as date),
                    case when :status = 'REJECTED' then '不符合' end)""")
        .param("category", category)
        .param("name", name)
        .param("region", region)
        .param("status", status)
        .param("submitted", submitted + " 10:00")
        .param("decided", decided)
        .update();
  }

  private static long stage(Report r, String district, String stage) {
    return r.stages().stream()
        .filter(s -> s.district().equals(district) && s.stage().equals(stage))
        .mapToLong(PlaceNameStatistics.StageRow::count)
        .sum();
  }

  @Test
  void stagesDurationsAndMonthsOfTheCallersDistrictOnly() throws Exception {
    Report before = as(JINJIANG, 2019);
    Report cityBefore = as(CITY, 2019);
    application("ROAD", "统计一路", "510104001001", "SUBMITTED", "2019-05-01", null);
    application("STREET", "统计二巷", "510104001001", "SUBMITTED", "2019-05-01", null);
    // 2019-03-01 → 2019-03-31: 30 days; 2019-04-01 → 2019-04-11: 10 days
    application("BRIDGE", "统计三桥", "510104001001", "APPROVED", "2019-03-01", "2019-03-31");
    application("BRIDGE", "统计四桥", "510104002001", "REJECTED", "2019-04-01", "2019-04-11");
    application("ROAD", "统计五路", "510105001001", "APPROVED", "2019-03-05", "2019-03-15");
    jdbc.sql(
            """
            insert into placenames.building_filing (kind, name, pinyin, pinyin_plain, region_code,
                   county_code, location, developer, project, channel, status, submitted_by,
                   submitted_on, opinion, decided_by, decided_on, filing_no)
            values ('RESIDENTIAL', '统计花园', 'Tǒngjì Huāyuán', 'tongjihuayuan', '510104001001',
                    '510104', '30.6,104.0', '公司', '项目', 'STAFF', 'FILED', 't', '2019-03-10',
                    '同意', 't', '2019-03-20', '510104-2019-9999')""")
        .update();

    Report after = as(JINJIANG, 2019);
    assertThat(stage(after, "锦江区", "待综合评估") - stage(before, "锦江区", "待综合评估")).isEqualTo(1);
    assertThat(stage(after, "锦江区", "待审批") - stage(before, "锦江区", "待审批")).isEqualTo(1);
    assertThat(stage(after, "锦江区", "已批准") - stage(before, "锦江区", "已批准")).isEqualTo(1);
    assertThat(stage(after, "锦江区", "不予批准") - stage(before, "锦江区", "不予批准")).isEqualTo(1);
    assertThat(after.stages()).noneMatch(s -> s.district().equals("青羊区"));
    // nothing else was decided in 2019 before: the durations are these two bridges'
    assertThat(before.durations()).isEmpty();
    assertThat(after.durations())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.category()).isEqualTo(PlaceCategory.BRIDGE);
              assertThat(d.decided()).isEqualTo(2);
              assertThat(d.averageDays()).isEqualTo((30 + 10) / 2.0);
              assertThat(d.longestDays()).isEqualTo(30);
            });
    assertThat(after.months())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.district()).isEqualTo("锦江区");
              assertThat(m.month()).isEqualTo(3);
              assertThat(m.approvals()).isEqualTo(1);
              assertThat(m.filings()).isEqualTo(1);
            });
    Report city = as(CITY, 2019);
    assertThat(city.months()).hasSize(cityBefore.months().size() + 2);
    assertThat(city.durations())
        .anySatisfy(
            d -> {
              assertThat(d.category()).isEqualTo(PlaceCategory.ROAD);
              assertThat(d.averageDays()).isEqualTo(10.0);
            });

    byte[] xlsx =
        mvc.perform(
                get("/placenames/statistics.xlsx")
                    .param("year", "2019")
                    .with(authentication(StaffAuthentication.of(JINJIANG))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet months = workbook.getSheet("2019年逐月");
      assertThat(months.getRow(0).getCell(3).getStringCellValue()).isEqualTo("楼宇名称备案数");
      assertThat(months.getRow(1).getCell(0).getStringCellValue()).isEqualTo("锦江区");
      assertThat(months.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
      assertThat(workbook.getSheet("2019年办理时长").getRow(1).getCell(2).getNumericCellValue())
          .isEqualTo(20.0);
    }
  }
}
