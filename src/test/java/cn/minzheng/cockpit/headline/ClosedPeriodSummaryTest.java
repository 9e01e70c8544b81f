package cn.minzheng.cockpit.headline;

import static cn.minzheng.cockpit.CockpitTestData.JINJIANG;
import static cn.minzheng.cockpit.CockpitTestData.STREET_ONE;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.CockpitTestData;
import cn.minzheng.cockpit.Period;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The night's summary of closed periods: a closed period read from it has the values a live count
 * gives (city, district, street), carries the summary's time as its as-of time, keeps its value
 * after a late correction until the next count, and an open period is never summarised. The data
 * set is {@link CockpitTestData} in a year of its own long past (1991), so that its periods are
 * closed.
 */
@SpringBootTest
class ClosedPeriodSummaryTest {

  static final int YEAR = 1991;
  static final String CITY = "510100000000";
  private static CockpitTestData data;

  @Autowired Figures figures;
  @Autowired ClosedPeriodSummary summary;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures persons;
  @Autowired Entitlements entitlements;
  @Autowired VisitRecords visits;

  private final Period firstHalf = new Period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30));

  @BeforeEach
  void dataSet() {
    synchronized (ClosedPeriodSummaryTest.class) {
      if (data == null) {
        data = CockpitTestData.load(YEAR, persons, entitlements, visits);
      }
    }
  }

  @AfterEach
  void forgetSummaries() {
    jdbc.sql("delete from cockpit.figure_summary where period_from between ? and ?")
        .params(LocalDate.of(YEAR - 2, 1, 1), LocalDate.of(YEAR, 12, 31))
        .update();
    jdbc.sql("delete from cockpit.figure_summary_run where period_from between ? and ?")
        .params(LocalDate.of(YEAR - 2, 1, 1), LocalDate.of(YEAR, 12, 31))
        .update();
  }

  @Test
  void aSummarisedPeriodHasTheLiveValuesAtEveryLevelAndTheSummarysAsOfTime() {
    Map<String, Map<String, List<BigDecimal>>> live = new LinkedHashMap<>();
    for (String region : List.of(CITY, JINJIANG, STREET_ONE)) {
      live.put(region, values(figures.headline(firstHalf, region)));
    }

    Instant before = Instant.now();
    int stored = summary.refresh(List.of(firstHalf, firstHalf.yearBefore()));
    assertThat(stored).isPositive();
    Instant after = Instant.now();
    Instant countedAt = countedAt("dibao-money", firstHalf);
    assertThat(countedAt).isBetween(before, after);

    for (String region : List.of(CITY, JINJIANG, STREET_ONE)) {
      Headline summarised = figures.headline(firstHalf, region);
      assertThat(values(summarised)).as(region).isEqualTo(live.get(region));
      // both columns summarised: every row's as-of time is the night's count, not now
      assertThat(summarised.rows()).allSatisfy(r -> assertThat(r.asOf()).isBefore(after));
      assertThat(row(summarised, "dibao-money").asOf()).isEqualTo(countedAt);
    }
    // the known values (CockpitTestData): June 910.00 + 455.50 + 860.00, a year before 800.00
    Headline city = figures.headline(firstHalf, CITY);
    assertThat(row(city, "dibao-money").value()).isEqualByComparingTo("2225.50");
    assertThat(row(city, "dibao-money").yearBefore()).isEqualByComparingTo("800.00");
    assertThat(row(figures.headline(firstHalf, JINJIANG), "dibao-money").value())
        .isEqualByComparingTo("1365.50");
    assertThat(row(figures.headline(firstHalf, STREET_ONE), "dibao-money").value())
        .isEqualByComparingTo("910.00");
    assertThat(row(city, "dibao-money").value())
        .isEqualByComparingTo(independentDibaoMoney(YEAR, 1, 6));
  }

  @Test
  void aLateCorrectionShowsAfterTheNextCountAndTheLiveFigureHasItAtOnce() {
    summary.refresh(List.of(firstHalf, firstHalf.yearBefore()));
    long a = personId(data.nameA);
    long b = personId(data.nameB);
    long c = personId(data.nameC);
    try {
      replaceJune(a, b, c, "500.00");
      // the summary still holds the night's value; the figure itself counts the correction
      assertThat(row(figures.headline(firstHalf, CITY), "dibao-money").value())
          .isEqualByComparingTo("2225.50");
      assertThat(independentDibaoMoney(YEAR, 1, 6)).isEqualByComparingTo("2270.00");

      summary.refresh(List.of(firstHalf));
      assertThat(row(figures.headline(firstHalf, CITY), "dibao-money").value())
          .isEqualByComparingTo("2270.00");
    } finally {
      replaceJune(a, b, c, "455.50");
    }
  }

  @Test
  void theTrendReadsItsSummarisedMonthsAndAgreesWithTheLiveCount() {
    List<Period> months = new java.util.ArrayList<>();
    for (int back = Figures.TREND_MONTHS - 1; back >= 0; back--) {
      YearMonth m = YearMonth.of(YEAR, 6).minusMonths(back);
      months.add(new Period(m.atDay(1), m.atEndOfMonth()));
    }
    Trend live = figures.trend(firstHalf, JINJIANG, Set.of());
    summary.refresh(months);
    Trend summarised = figures.trend(firstHalf, JINJIANG, Set.of());

    assertThat(summarised.series()).hasSameSizeAs(live.series());
    for (int i = 0; i < live.series().size(); i++) {
      assertThat(summarised.series().get(i).values())
          .as(live.series().get(i).spec().code())
          .usingElementComparator(ClosedPeriodSummaryTest::compareNullable)
          .containsExactlyElementsOf(live.series().get(i).values());
    }
    assertThat(summarised.asOf())
        .isEqualTo(
            jdbc.sql(
                    "select min(counted_at) from cockpit.figure_summary_run"
                        + " where period_from between ? and ?")
                .params(months.get(0).from(), months.get(11).from())
                .query(OffsetDateTime.class)
                .single()
                .toInstant());
    // June in 锦江: 910.00 + 455.50; June a year before is outside the twelve months
    Trend.Series money =
        summarised.series().stream()
            .filter(s -> s.spec().code().equals("dibao-money"))
            .findFirst()
            .orElseThrow();
    assertThat(money.values().get(11)).isEqualByComparingTo("1365.50");
    assertThat(money.values().get(0)).isEqualByComparingTo("0");
  }

  @Test
  void onlyPeriodsEndedBeforeTheCurrentMonthAreSummarised() {
    YearMonth now = YearMonth.now(ChinaTime.ZONE);
    LocalDate lastDayOfLastMonth = now.atDay(1).minusDays(1);
    assertThat(summary.closed(new Period(now.minusMonths(1).atDay(1), lastDayOfLastMonth)))
        .isTrue();
    assertThat(summary.closed(new Period(now.minusMonths(1).atDay(1), now.atDay(1)))).isFalse();
    assertThat(summary.closed(new Period(now.atDay(1), now.atEndOfMonth()))).isFalse();

    List<Period> recent = summary.recentClosedPeriods();
    assertThat(recent).allSatisfy(p -> assertThat(p.to()).isBefore(now.atDay(1)));
    assertThat(recent)
        .contains(new Period(now.minusMonths(1).atDay(1), lastDayOfLastMonth))
        .doesNotContain(new Period(now.atDay(1), now.atEndOfMonth()));
    // an open period asked of refresh is not stored
    assertThat(summary.refresh(List.of(new Period(now.atDay(1), now.atEndOfMonth())))).isZero();
  }

  private static int compareNullable(BigDecimal x, BigDecimal y) {
    if (x == null || y == null) {
      return x == y ? 0 : 1;
    }
    return x.compareTo(y);
  }

  private void replaceJune(long a, long b, long c, String amountOfB) {
    as(
        staff(CITY, Role.CITY_ADMIN),
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, YearMonth.of(YEAR, 6))) {
            batch.add(dibao(a, "910.00", "510104001001"));
            batch.add(dibao(b, amountOfB, "510104002001"));
            batch.add(dibao(c, "860.00", "510105001001"));
            return batch.replaceMonth();
          }
        });
  }

  private long personId(String name) {
    return jdbc.sql("select id from registry.person_fact where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  private BigDecimal independentDibaoMoney(int year, int fromMonth, int toMonth) {
    return jdbc.sql(
            "select coalesce(sum(amount), 0) from payments.entitlement"
                + " where programme = 'DIBAO' and month between ? and ?")
        .params(LocalDate.of(year, fromMonth, 1), LocalDate.of(year, toMonth, 1))
        .query(BigDecimal.class)
        .single();
  }

  private Instant countedAt(String code, Period period) {
    return jdbc.sql(
            "select counted_at from cockpit.figure_summary_run"
                + " where figure_code = ? and period_from = ? and period_to = ?")
        .params(code, period.from(), period.to())
        .query(OffsetDateTime.class)
        .single()
        .toInstant();
  }

  private static FigureRow row(Headline h, String code) {
    return h.rows().stream().filter(r -> r.spec().code().equals(code)).findFirst().orElseThrow();
  }

  /** Each figure's value and year before, by code (compared by value, scale ignored). */
  private static Map<String, List<BigDecimal>> values(Headline h) {
    Map<String, List<BigDecimal>> byCode = new LinkedHashMap<>();
    h.rows()
        .forEach(
            r ->
                byCode.put(
                    r.spec().code(),
                    java.util.Arrays.asList(strip(r.value()), strip(r.yearBefore()))));
    return byCode;
  }

  private static BigDecimal strip(BigDecimal v) {
    return v == null ? null : v.stripTrailingZeros();
  }
}
