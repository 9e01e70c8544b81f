package cn.minzheng.cockpit;

import static cn.minzheng.cockpit.CockpitTestData.JINJIANG;
import static cn.minzheng.cockpit.CockpitTestData.QINGYANG;
import static cn.minzheng.cockpit.CockpitTestData.STREET_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.cockpit.headline.Comparison;
import cn.minzheng.cockpit.headline.Figures;
import cn.minzheng.cockpit.headline.Headline;
import cn.minzheng.cockpit.headline.ResidentCounts;
import cn.minzheng.cockpit.headline.Trend;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The headline's month-by-month trend (sparklines and charts), the comparison per 1,000 residents
 * and the printed report, over {@link CockpitTestData} in a year of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CockpitTrendReportTest {

  static final int YEAR = 2158;
  static final String CITY = "510100000000";
  static final String FIRST_HALF = "kind=HALF&year=" + YEAR + "&part=1";
  private static CockpitTestData data;

  @Autowired MockMvc mvc;
  @Autowired Figures figures;
  @Autowired ResidentCounts residents;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures persons;
  @Autowired Entitlements entitlements;
  @Autowired VisitRecords visits;

  @BeforeEach
  void dataSet() {
    synchronized (CockpitTrendReportTest.class) {
      if (data == null) {
        data = CockpitTestData.load(YEAR, persons, entitlements, visits);
      }
    }
  }

  @Test
  void theTrendIsTheTwelveMonthsEndingWithThePeriodsLastMonthAndSplitsJuneFromJuly() {
    Period secondHalf = new Period(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 12, 31));

    Trend trend = figures.trend(secondHalf, CITY, Set.of("dibao-money", "dibao-people", "visits"));

    assertThat(trend.months()).hasSize(12);
    assertThat(trend.months().get(0)).isEqualTo(YearMonth.of(YEAR, 1));
    assertThat(trend.months().get(11)).isEqualTo(YearMonth.of(YEAR, 12));
    List<BigDecimal> money = series(trend, "dibao-money");
    // June (index 5): 910.00 + 455.50 + 860.00; July (index 6): 910.00 + 860.00; nothing else
    assertThat(money.get(5)).isEqualByComparingTo("2225.50");
    assertThat(money.get(6)).isEqualByComparingTo("1770.00");
    assertThat(money.get(4)).isEqualByComparingTo("0");
    assertThat(money.get(7)).isEqualByComparingTo("0");
    assertThat(series(trend, "dibao-people").get(5)).isEqualByComparingTo("3");
    assertThat(series(trend, "dibao-people").get(6)).isEqualByComparingTo("2");
    // the visit of 30 June in June, the two of 1 July in July
    assertThat(series(trend, "visits").get(5)).isEqualByComparingTo("1");
    assertThat(series(trend, "visits").get(6)).isEqualByComparingTo("2");
    assertThat(trend.series()).hasSize(3);
  }

  /**
   * The trend counts all twelve months of a figure in one statement; every contributed figure's
   * months must equal its values counted month by month on their own.
   */
  @Test
  void everyFiguresTrendEqualsItsMonthsCountedOneByOne() {
    Period firstHalf = new Period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30));

    Trend trend = figures.trend(firstHalf, JINJIANG, Set.of());

    assertThat(trend.series()).hasSizeGreaterThan(20);
    for (int i = 0; i < trend.months().size(); i++) {
      YearMonth month = trend.months().get(i);
      Headline ofMonth =
          figures.headline(new Period(month.atDay(1), month.atEndOfMonth()), JINJIANG);
      for (Trend.Series s : trend.series()) {
        BigDecimal alone =
            ofMonth.rows().stream()
                .filter(r -> r.spec().code().equals(s.spec().code()))
                .findFirst()
                .orElseThrow()
                .value();
        BigDecimal inTrend = s.values().get(i);
        assertThat(inTrend == null ? null : inTrend.stripTrailingZeros())
            .as(s.spec().code() + " in " + month)
            .isEqualTo(alone == null ? null : alone.stripTrailingZeros());
      }
    }
  }

  @Test
  void aDistrictsTrendCountsOnlyItsSubtree() {
    Period june = new Period(LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 6, 30));

    Trend trend = figures.trend(june, QINGYANG, Set.of("dibao-money"));

    assertThat(trend.months().get(11)).isEqualTo(YearMonth.of(YEAR, 6));
    assertThat(series(trend, "dibao-money").get(11)).isEqualByComparingTo("860.00");
  }

  @Test
  void theComparisonDividesEachDistrictsFigureByItsLivingResidents() {
    residents.refresh();
    Period firstHalf = new Period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30));

    Comparison c = figures.compare("dibao-money", firstHalf, CITY);

    long jinjiangResidents = livingUnder("510104");
    assertThat(jinjiangResidents).isPositive();
    Comparison.Compared jinjiang =
        c.rows().stream()
            .filter(r -> r.row().regionCode().equals(JINJIANG))
            .findFirst()
            .orElseThrow();
    assertThat(jinjiang.residents()).isEqualTo(jinjiangResidents);
    assertThat(jinjiang.perThousand())
        .isEqualByComparingTo(
            new BigDecimal("1365.50")
                .multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(jinjiangResidents), 2, RoundingMode.HALF_UP));
    assertThat(c.residentsCountedAt()).isNotNull();
  }

  @Test
  void theComparisonApiIsScopedAndTheDrillPageShowsThePerThousandColumn() throws Exception {
    residents.refresh();
    String half = "from=" + YEAR + "-01-01&to=" + YEAR + "-06-30";
    StaffAuthentication jinjiang = as(JINJIANG, Role.DISTRICT_APPROVER);

    mvc.perform(
            get("/api/v1/cockpit/figures/dibao-money/regions?" + half)
                .with(authentication(jinjiang)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.region").value(JINJIANG))
        .andExpect(jsonPath("$.childLevel").value("STREET"))
        .andExpect(jsonPath("$.regions[?(@.code == '" + STREET_ONE + "')].value").value(910.00))
        .andExpect(
            jsonPath("$.regions[?(@.code == '" + STREET_ONE + "')].residents")
                .value((int) livingUnder("510104001")));
    mvc.perform(
            get("/api/v1/cockpit/figures/dibao-money/regions?" + half + "&region=" + QINGYANG)
                .with(authentication(jinjiang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/cockpit/trend?" + half + "&region=" + QINGYANG)
                .with(authentication(jinjiang)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/cockpit/trend?" + half).with(authentication(jinjiang)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.months[11]").value(YEAR + "-06"))
        .andExpect(jsonPath("$.series[?(@.code == 'dibao-money')].values[11]").value(1365.50));

    String page =
        mvc.perform(
                get("/cockpit/figures/dibao-money?" + FIRST_HALF).with(authentication(jinjiang)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("每千人").contains("data-testid=\"per-thousand\"");
  }

  @Test
  void theReportIsAPdfWithTheChineseLabelsPeriodAndAsOfTimeAndItsFontEmbedded() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/cockpit/report.pdf?" + FIRST_HALF)
                    .with(authentication(as(CITY, Role.AUDITOR))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(YEAR + "年上半年民政工作主要数据")
          .contains(YEAR + "-01-01 至 " + YEAR + "-06-30")
          .contains("数据截至")
          .contains("一、")
          .contains("社会救助")
          .contains("低保金")
          .contains("2,225.50 元")
          .contains("养老机构纾困资金")
          .doesNotContain("尚未接入");
      PDFont font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
    }
  }

  @Test
  void theReportIsRefusedToStreetStaffAndOutOfScopeRegionsAreNotFound() throws Exception {
    mvc.perform(
            get("/cockpit/report.pdf?" + FIRST_HALF)
                .with(authentication(as(STREET_ONE, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/cockpit/report.pdf?" + FIRST_HALF + "&region=" + JINJIANG)
                .with(authentication(as(QINGYANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
  }

  private long livingUnder(String prefix) {
    return jdbc.sql(
            "select count(*) from registry.person_fact"
                + " where life_status = 'ALIVE' and residence_region_code like ?")
        .param(prefix + "%")
        .query(Long.class)
        .single();
  }

  private static List<BigDecimal> series(Trend trend, String code) {
    return trend.series().stream()
        .filter(s -> s.spec().code().equals(code))
        .findFirst()
        .orElseThrow()
        .values();
  }

  private static StaffAuthentication as(String region, Role role) {
    return StaffAuthentication.of(
        new StaffUser(
            Math.abs((region + role).hashCode()),
            "cockpit_" + role.name().toLowerCase(),
            "测试员",
            region,
            Set.of(role)));
  }
}
