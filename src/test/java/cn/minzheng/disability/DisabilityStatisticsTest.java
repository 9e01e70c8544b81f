package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.disability.device.DeviceRentals.Condition;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 残疾人福利统计: person-times and money of paid months only (a month waiting for the street's
 * confirmation is not counted) per month, subsidy, grade, category and district, in the caller's
 * region; the rental devices' utilisation = rental days / (units × days of the period), a rental
 * still out counted to the period's end; the Excel carries the same numbers; the rehab officer's
 * role does not open it and a role without statistics gets 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisabilityStatisticsTest {

  static final String FROM = "2035-01";
  static final String TO = "2035-02";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;
  @Autowired RegistryFixtures registry;

  @Test
  void paidMonthsAreCountedPerSubsidyGradeCategoryAndDistrictInTheCallersRegion() throws Exception {
    long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    month(
        base + 1,
        "CARE",
        "2035-01-01",
        "INTELLECTUAL",
        3,
        "90.00",
        RegistryTestData.COMMUNITY,
        true);
    month(
        base + 2,
        "CARE",
        "2035-01-01",
        "INTELLECTUAL",
        3,
        "90.00",
        RegistryTestData.SIBLING_STREET_COMMUNITY,
        true);
    month(
        base + 3,
        "CARE",
        "2035-01-01",
        "PHYSICAL",
        1,
        "120.00",
        RegistryTestData.SIBLING_DISTRICT_COMMUNITY,
        true);
    month(
        base + 4, "CARE", "2035-01-01", "PHYSICAL", 1, "120.00", RegistryTestData.COMMUNITY, false);
    month(
        base + 1,
        "LIVING",
        "2035-02-01",
        "INTELLECTUAL",
        3,
        "100.00",
        RegistryTestData.COMMUNITY,
        true);

    List<List<String>> city = sheet(auth(RegistryTestData.CITY, Role.AUDITOR), "两项补贴", "");
    assertThat(city.get(0)).containsExactly("月份", "补贴", "区（市）县", "残疾类别", "等级", "人次", "金额（元）");
    assertThat(city.subList(1, city.size()))
        .extracting(
            r -> String.join("|", r.get(0), r.get(1), r.get(3), r.get(4), r.get(5), r.get(6)))
        .containsExactly(
            "2035-01|重度残疾人护理补贴|智力残疾|3级|2.0|180.0",
            "2035-01|重度残疾人护理补贴|肢体残疾|1级|1.0|120.0",
            "2035-02|困难残疾人生活补贴|智力残疾|3级|1.0|100.0");
    List<List<String>> totals = sheet(auth(RegistryTestData.CITY, Role.CITY_ADMIN), "月度合计", "");
    assertThat(totals.subList(1, totals.size()))
        .extracting(r -> String.join("|", r))
        .containsExactly("2035-01|重度残疾人护理补贴|3.0|300.0", "2035-02|困难残疾人生活补贴|1.0|100.0");

    List<List<String>> district =
        sheet(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER), "月度合计", "");
    assertThat(district.subList(1, district.size()))
        .extracting(r -> String.join("|", r))
        .containsExactly("2035-01|重度残疾人护理补贴|2.0|180.0", "2035-02|困难残疾人生活补贴|1.0|100.0");

    List<List<String>> gradeOne =
        sheet(auth(RegistryTestData.CITY, Role.CITY_ADMIN), "两项补贴", "&grade=1&subsidy=CARE");
    assertThat(gradeOne).hasSize(2);
    assertThat(gradeOne.get(1).get(5)).isEqualTo("1.0");

    mvc.perform(
            get("/disability/statistics")
                .param("from", FROM)
                .param("to", TO)
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("残疾人福利统计")))
        .andExpect(content().string(Matchers.containsString("90.00")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("180.00"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("肢体残疾"))));
    // the pivot: 锦江区 × the two subsidies, the district's two communities added up
    String districtPage =
        mvc.perform(
                get("/disability/statistics")
                    .param("from", FROM)
                    .param("to", TO)
                    .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int pivot = districtPage.indexOf("data-testid=\"pivot-money\"");
    assertThat(pivot).isPositive();
    String money = districtPage.substring(pivot, districtPage.indexOf("</table>", pivot));
    assertThat(money)
        .contains(">困难残疾人生活补贴<", ">重度残疾人护理补贴<", ">智力残疾<")
        .contains(">100.00<", ">180.00<", ">280.00<")
        .doesNotContain("肢体残疾");
    mvc.perform(
            get("/api/v1/disability/statistics")
                .param("from", FROM)
                .param("to", TO)
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.totals[0].persons")
                .value(2))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.totals[0].money")
                .value(180.0));
    for (Role refused : new Role[] {Role.MENTAL_HEALTH_REHAB, Role.INSTITUTION_OPERATOR}) {
      mvc.perform(
              get("/disability/statistics/export")
                  .with(authentication(auth(RegistryTestData.CITY, refused))))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void utilisationIsRentalDaysOverUnitDaysWithARentalStillOutCountedToThePeriodsEnd()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item =
        catalogue.item("统计轮椅-" + tag, "轮椅", new BigDecimal("2.00"), new BigDecimal("300.00"), 50);
    long point = catalogue.point("统计服务点-" + tag, RegistryTestData.STREET, "测试路2号");
    catalogue.addUnits(item, point, 2, "stat-" + tag);
    long first = registry.person("统计租用甲", RegistryTestData.COMMUNITY).id();
    long second = registry.person("统计租用乙", RegistryTestData.COMMUNITY).id();
    long a = rentals.order(first, item, point, 30, Channel.POINT, "test");
    rentals.handOut(a, LocalDate.of(2035, 1, 10));
    rentals.giveBack(a, LocalDate.of(2035, 1, 20), Condition.GOOD, BigDecimal.ZERO);
    long b = rentals.order(second, item, point, 30, Channel.POINT, "test");
    rentals.handOut(b, LocalDate.of(2035, 2, 25));

    long days = ChronoUnit.DAYS.between(LocalDate.of(2035, 1, 1), LocalDate.of(2035, 3, 1));
    long rentalDays = 10 + 4; // 1-10..1-20, and 2-25..2-28 inclusive while still out
    String percent =
        BigDecimal.valueOf(rentalDays * 100)
            .divide(BigDecimal.valueOf(2 * days), 1, RoundingMode.HALF_UP)
            .toPlainString();

    List<List<String>> rows = sheet(auth(RegistryTestData.CITY, Role.AUDITOR), "辅具租赁利用率", "");
    assertThat(rows.stream().filter(r -> r.get(0).equals("统计服务点-" + tag)))
        .singleElement()
        .extracting(r -> String.join("|", r.subList(2, 8)))
        .isEqualTo("统计轮椅-" + tag + "|2.0|1.0|2.0|14.0|" + Double.parseDouble(percent));
    List<List<String>> elsewhere =
        sheet(auth("510105000000", Role.DISTRICT_APPROVER), "辅具租赁利用率", "");
    assertThat(elsewhere).noneMatch(r -> r.get(0).equals("统计服务点-" + tag));
    mvc.perform(
            get("/disability/statistics")
                .param("from", FROM)
                .param("to", TO)
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("统计服务点-" + tag)))
        .andExpect(content().string(Matchers.containsString(percent)));
  }

  private void month(
      long person,
      String subsidy,
      String month,
      String category,
      int grade,
      String amount,
      String region,
      boolean paid) {
    jdbc.sql(
            """
            insert into disability.eligible_month
                   (person_id, subsidy, month, amount, category, grade, region_code, paid)
            values (?, ?, cast(? as date), cast(? as numeric), ?, ?, ?, ?)""")
        .params(person, subsidy, month, amount, category, grade, region, paid)
        .update();
  }

  private List<List<String>> sheet(StaffAuthentication who, String name, String query)
      throws Exception {
    byte[] body =
        mvc.perform(
                get("/disability/statistics/export?from=" + FROM + "&to=" + TO + query)
                    .with(authentication(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<List<String>> rows = new ArrayList<>();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = wb.getSheet(name);
      for (var row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
    }
    return rows;
  }
}
