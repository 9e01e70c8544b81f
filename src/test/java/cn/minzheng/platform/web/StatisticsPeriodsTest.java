package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.web.StatisticsPeriods.Choice;
import cn.minzheng.platform.web.StatisticsPeriods.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The period filter of the statistics pages: this and the last month, quarter, half year and year,
 * as links that keep the page's other filters, drop its paging and mark the period shown.
 */
class StatisticsPeriodsTest {

  @Test
  void inDecemberTheChoicesAreThisAndTheLastOfEachKindAndTheShownOneIsMarked() {
    List<Kind> kinds =
        StatisticsPeriods.kinds(
            LocalDate.of(2026, 12, 8),
            "/disability/statistics?from=2026-01&to=2026-06&subsidy=CARE&page=3",
            "2026-01",
            "2026-06",
            "from",
            "to",
            false);

    assertThat(kinds).extracting(Kind::label).containsExactly("月度", "季度", "半年", "年度");
    assertThat(all(kinds))
        .extracting(c -> c.label() + " " + c.from() + ".." + c.to())
        .containsExactly(
            "2026年12月 2026-12..2026-12",
            "2026年11月 2026-11..2026-11",
            "2026年第4季度 2026-10..2026-12",
            "2026年第3季度 2026-07..2026-09",
            "2026年下半年 2026-07..2026-12",
            "2026年上半年 2026-01..2026-06",
            "2026年 2026-01..2026-12",
            "2025年 2025-01..2025-12");
    assertThat(all(kinds).stream().filter(Choice::current))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.label()).isEqualTo("2026年上半年");
              assertThat(c.href())
                  .isEqualTo("/disability/statistics?subsidy=CARE&from=2026-01&to=2026-06");
            });
  }

  @Test
  void inJanuaryTheLastMonthQuarterAndHalfYearAreLastYearsAndDaysEndOnTheMonthsLastDay() {
    List<Choice> choices =
        all(StatisticsPeriods.kinds(LocalDate.of(2028, 1, 31), "/x", "", "", "start", "end", true));

    assertThat(choices)
        .extracting(c -> c.label() + " " + c.from() + ".." + c.to())
        .containsExactly(
            "2028年1月 2028-01-01..2028-01-31",
            "2027年12月 2027-12-01..2027-12-31",
            "2028年第1季度 2028-01-01..2028-03-31",
            "2027年第4季度 2027-10-01..2027-12-31",
            "2028年上半年 2028-01-01..2028-06-30",
            "2027年下半年 2027-07-01..2027-12-31",
            "2028年 2028-01-01..2028-12-31",
            "2027年 2027-01-01..2027-12-31");
    assertThat(choices).noneMatch(Choice::current);
    // the link is built from the page's own parameter names
    assertThat(choices.get(2).href()).isEqualTo("/x?start=2028-01-01&end=2028-03-31");
  }

  private static List<Choice> all(List<Kind> kinds) {
    return kinds.stream().flatMap(k -> k.choices().stream()).toList();
  }
}
