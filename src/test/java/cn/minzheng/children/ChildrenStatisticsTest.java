package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.children.protection.ProtectionCases;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 儿童福利统计 with the rule's numbers: a scattered orphan approved in November 2022 is paid 1,260 for
 * 2022-12 and 1,400 for 2023-01, a de-facto unsupported child in institutional care 1,800 and 2,000
 * (the 2023 standards): 4 person-times and 6,460 yuan in the district, by category; another
 * district's user does not see them; protection cases by stage; Excel.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChildrenStatisticsTest {

  @Autowired MockMvc mvc;
  @Autowired ChildrenTestData data;
  @Autowired ChildAllowanceRun run;
  @Autowired RegionQuery regions;
  @Autowired ProtectionCases protection;

  @Test
  void personTimesAndMoneyPerCategoryAndDistrictWithTheStandardsOfEachMonth() throws Exception {
    // a district no other test pays in: the figures before and after differ by this test's cases
    RegionNode community = firstCommunityUnder("510121");
    String district = community.code().substring(0, 6) + "000000";
    StaffAuthentication county = auth(district, Role.DISTRICT_APPROVER);
    StaffAuthentication elsewhere = auth("510122000000", Role.DISTRICT_APPROVER);
    String before = figures(county);
    String elsewhereBefore = figures(elsewhere);

    LocalDate approved = LocalDate.of(2022, 11, 10);
    data.approved(
        LocalDate.of(2012, 3, 3), "ORPHAN", CareType.SCATTERED, approved, community.code());
    data.approved(
        LocalDate.of(2013, 4, 4), "UNSUPPORTED", CareType.INSTITUTION, approved, community.code());
    run.run(YearMonth.of(2022, 12));
    run.run(YearMonth.of(2023, 1));
    RegistryFixtures.Person child = data.child(LocalDate.of(2014, 5, 5), community.code());
    long stagesBefore = stage(before, "REPORTED");
    protection.report(
        protection.child(child.idNumber()),
        "HOTLINE",
        "热线",
        LocalDate.of(2026, 1, 5),
        "热线报告",
        "LOW",
        "",
        "test");

    String after = figures(county);
    assertThat(total(after) - total(before)).isEqualTo(4);
    assertThat(money(after).subtract(money(before))).isEqualByComparingTo("6460");
    assertThat(category(after, "孤儿") - category(before, "孤儿")).isEqualTo(2);
    assertThat(category(after, "事实无人抚养儿童") - category(before, "事实无人抚养儿童")).isEqualTo(2);
    assertThat(JsonPath.<java.util.List<String>>read(after, "$.paid[*].districtCode"))
        .isNotEmpty()
        .allSatisfy(code -> assertThat(code).isEqualTo(district));
    assertThat(stage(after, "REPORTED")).isEqualTo(stagesBefore + 1);
    assertThat(JsonPath.<java.util.List<String>>read(after, "$.coverage[*].districtCode"))
        .containsExactly(district);

    String elsewhereAfter = figures(elsewhere);
    assertThat(total(elsewhereAfter)).isEqualTo(total(elsewhereBefore));

    byte[] excel =
        mvc.perform(
                get("/children/statistics/export")
                    .param("from", "2022-12")
                    .param("to", "2023-01")
                    .with(authentication(county)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
      var sheet = wb.getSheet("人次与金额");
      var total = sheet.getRow(sheet.getLastRowNum());
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
      assertThat(total.getCell(3).getNumericCellValue()).isEqualTo((double) total(after));
      assertThat(wb.getSheet("保护个案阶段")).isNotNull();
    }
    String page =
        mvc.perform(
                get("/children/statistics")
                    .param("from", "2022-12")
                    .param("to", "2023-01")
                    .with(authentication(county)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("孤儿", "事实无人抚养儿童", "已报告", "未成年人保护工作网络覆盖");
    // the pivot (区县 × 类别) adds up to the money of the table by category
    int pivot = page.indexOf("data-testid=\"children-statistics-pivot\"");
    assertThat(pivot).isPositive();
    String table = page.substring(pivot, page.indexOf("</table>", pivot));
    assertThat(table).contains(">孤儿<", ">事实无人抚养儿童<");
    java.util.regex.Matcher grandTotal =
        java.util.regex.Pattern.compile(
                "data-pivot=\"total\">.*?<td class=\"text-end\">([0-9,.]+)</td>\\s*</tr>",
                java.util.regex.Pattern.DOTALL)
            .matcher(table);
    java.util.regex.Matcher byCategory =
        java.util.regex.Pattern.compile("data-testid=\"children-statistics-money\">([0-9,.]+)<")
            .matcher(page);
    assertThat(grandTotal.find()).isTrue();
    assertThat(byCategory.find()).isTrue();
    assertThat(grandTotal.group(1)).isEqualTo(byCategory.group(1));
  }

  @Test
  void aBadMonthIsNamedOnThePageAndAProblemInTheApi() throws Exception {
    StaffAuthentication city = auth("510100000000", Role.CITY_ADMIN);
    String page =
        mvc.perform(get("/children/statistics").param("from", "2023-13").with(authentication(city)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("起始月：月份格式应为 年-月");
    String absurd =
        mvc.perform(get("/children/statistics").param("to", "9999-12").with(authentication(city)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(absurd).contains("截止月：月份超出合理范围（1900-01 至 2100-12）");
    mvc.perform(
            get("/api/v1/children/statistics")
                .param("from", "2023-06")
                .param("to", "2023-01")
                .with(authentication(city)))
        .andExpect(status().isBadRequest())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                .value("from"));
    mvc.perform(
            get("/children/statistics")
                .with(authentication(auth("510104001000", Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  private String figures(StaffAuthentication who) throws Exception {
    return mvc.perform(
            get("/api/v1/children/statistics")
                .param("from", "2022-12")
                .param("to", "2023-01")
                .with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static long total(String figures) {
    return JsonPath.<Number>read(figures, "$.total.personTimes").longValue();
  }

  private static BigDecimal money(String figures) {
    return new BigDecimal(JsonPath.<Object>read(figures, "$.total.money").toString());
  }

  private static long category(String figures, String label) {
    java.util.List<Number> hits =
        JsonPath.read(figures, "$.byCategory[?(@.label == '" + label + "')].personTimes");
    return hits.isEmpty() ? 0 : hits.get(0).longValue();
  }

  private static long stage(String figures, String stage) {
    java.util.List<Number> hits =
        JsonPath.read(figures, "$.protectionByStage[?(@.stage == '" + stage + "')].cases");
    return hits.isEmpty() ? 0 : hits.get(0).longValue();
  }

  private RegionNode firstCommunityUnder(String county) {
    return regions.all().stream()
        .filter(n -> n.level() == RegionLevel.COMMUNITY && n.code().startsWith(county))
        .filter(n -> n.activeOn(LocalDate.of(2022, 1, 1)) && n.activeOn(LocalDate.now()))
        .findFirst()
        .orElseThrow();
  }
}
