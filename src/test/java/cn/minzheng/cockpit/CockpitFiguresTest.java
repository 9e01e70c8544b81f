package cn.minzheng.cockpit;

import static cn.minzheng.cockpit.CockpitTestData.JINJIANG;
import static cn.minzheng.cockpit.CockpitTestData.QINGYANG;
import static cn.minzheng.cockpit.CockpitTestData.STREET_ONE;
import static cn.minzheng.cockpit.CockpitTestData.STREET_TWO;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.headline.Drilldown;
import cn.minzheng.cockpit.headline.FigureRow;
import cn.minzheng.cockpit.headline.Figures;
import cn.minzheng.cockpit.headline.Headline;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of a known data set (one year of its own, {@link CockpitTestData}): values against a
 * count of the module's rows by another query and by hand, the half-year edge, the year before,
 * drill-down by district and street, the records behind a figure and the rows not yet connected.
 */
@SpringBootTest
class CockpitFiguresTest {

  static final int YEAR = 2150;
  static final String CITY = "510100000000";
  private static CockpitTestData data;

  @Autowired Figures figures;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures persons;
  @Autowired Entitlements entitlements;
  @Autowired VisitRecords visits;

  private final Period firstHalf = new Period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30));
  private final Period secondHalf =
      new Period(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 12, 31));

  @BeforeEach
  void dataSet() {
    synchronized (CockpitFiguresTest.class) {
      if (data == null) {
        data = CockpitTestData.load(YEAR, persons, entitlements, visits);
      }
    }
  }

  @Test
  void dibaoPeopleAndMoneyEqualAnIndependentCountOfTheEntitlements() {
    Headline h = figures.headline(firstHalf, CITY);

    long peopleInJune =
        jdbc.sql(
                "select count(distinct person_id) from payments.entitlement"
                    + " where programme = 'DIBAO' and month = ?")
            .param(LocalDate.of(YEAR, 6, 1))
            .query(Long.class)
            .single();
    BigDecimal moneyOfHalf =
        jdbc.sql(
                "select sum(amount) from payments.entitlement"
                    + " where programme = 'DIBAO' and month between ? and ?")
            .params(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 1))
            .query(BigDecimal.class)
            .single();
    assertThat(value(h, "dibao-people")).isEqualByComparingTo(BigDecimal.valueOf(peopleInJune));
    assertThat(value(h, "dibao-money")).isEqualByComparingTo(moneyOfHalf);
    // and by hand: 910.00 + 455.50 + 860.00 in June, three people
    assertThat(value(h, "dibao-people")).isEqualByComparingTo("3");
    assertThat(value(h, "dibao-money")).isEqualByComparingTo("2225.50");
  }

  @Test
  void aJunePaymentAndVisitCountInTheFirstHalfAndJulyInTheSecond() {
    Headline first = figures.headline(firstHalf, CITY);
    Headline second = figures.headline(secondHalf, CITY);

    assertThat(value(first, "dibao-money")).isEqualByComparingTo("2225.50");
    assertThat(value(second, "dibao-money")).isEqualByComparingTo("1770.00");
    assertThat(value(first, "visits")).isEqualByComparingTo("1");
    assertThat(value(second, "visits")).isEqualByComparingTo("2");
    // people are counted in the last month of the period: nobody is paid in December
    assertThat(value(second, "dibao-people")).isEqualByComparingTo("0");
    Period july = new Period(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 7, 31));
    assertThat(value(figures.headline(july, CITY), "dibao-people")).isEqualByComparingTo("2");
  }

  @Test
  void theYearBeforeIsTheSamePeriodAYearEarlier() {
    FigureRow money = row(figures.headline(firstHalf, CITY), "dibao-money");

    assertThat(money.yearBefore()).isEqualByComparingTo("800.00");
    // (2225.50 - 800.00) / 800.00 = 178.19 %
    assertThat(money.changePercent()).isEqualByComparingTo("178.2");
  }

  @Test
  void aDistrictSubtreeCountsOnlyItsOwnRegions() {
    assertThat(value(figures.headline(firstHalf, QINGYANG), "dibao-money"))
        .isEqualByComparingTo("860.00");
    assertThat(value(figures.headline(firstHalf, JINJIANG), "dibao-money"))
        .isEqualByComparingTo("1365.50");
  }

  @Test
  void drillDownGoesFromTheCityToDistrictsAndFromADistrictToStreets() {
    Drilldown city = figures.drill("dibao-money", firstHalf, CITY);
    assertThat(child(city, JINJIANG).value()).isEqualByComparingTo("1365.50");
    assertThat(child(city, QINGYANG).value()).isEqualByComparingTo("860.00");
    assertThat(city.total().value()).isEqualByComparingTo("2225.50");

    Drilldown district = figures.drill("dibao-money", firstHalf, JINJIANG);
    assertThat(child(district, STREET_ONE).value()).isEqualByComparingTo("910.00");
    assertThat(child(district, STREET_TWO).value()).isEqualByComparingTo("455.50");
    assertThat(child(district, STREET_ONE).name()).isNotBlank().isNotEqualTo(STREET_ONE);
  }

  @Test
  void theRecordsBehindAFigureAreThePeoplePaidInTheRegion() {
    var page = figures.records("dibao-money", firstHalf, JINJIANG, PageQuery.first("default"));

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items())
        .extracting(FigureRecord::name)
        .containsExactlyInAnyOrder(data.nameA, data.nameB);
    assertThat(page.items())
        .extracting(FigureRecord::value)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("910.00"), new BigDecimal("455.50"));
  }

  @Test
  void everyBriefRowIsCountedByAFigureNow() {
    Headline h = figures.headline(firstHalf, CITY);

    assertThat(h.notConnected()).isEmpty();
    assertThat(h.rows())
        .extracting(r -> r.spec().briefRow())
        .contains(BriefRow.NEW_ELDERLY_FACILITIES, BriefRow.INSTITUTION_RELIEF_FUNDS);
  }

  private static BigDecimal value(Headline h, String code) {
    return row(h, code).value();
  }

  private static FigureRow row(Headline h, String code) {
    return h.rows().stream().filter(r -> r.spec().code().equals(code)).findFirst().orElseThrow();
  }

  private static FigureRow child(Drilldown d, String code) {
    return d.rows().stream().filter(r -> r.regionCode().equals(code)).findFirst().orElseThrow();
  }
}
