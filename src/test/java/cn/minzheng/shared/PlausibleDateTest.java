package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PlausibleDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void everyDateLiesBetween1900And2100() {
    assertThat(PlausibleDate.problem(LocalDate.of(1899, 12, 31), Span.ANY, TODAY)).isPresent();
    assertThat(PlausibleDate.problem(LocalDate.of(1900, 1, 1), Span.ANY, TODAY)).isEmpty();
    assertThat(PlausibleDate.problem(LocalDate.of(2100, 12, 31), Span.ANY, TODAY)).isEmpty();
    assertThat(PlausibleDate.problem(LocalDate.of(2101, 1, 1), Span.ANY, TODAY))
        .hasValue("日期超出合理范围（1900-01-01 至 2100-12-31）");
  }

  @Test
  void somethingDoneHappenedTodayAtTheLatest() {
    assertThat(PlausibleDate.problem(TODAY, Span.HAPPENED, TODAY)).isEmpty();
    assertThat(PlausibleDate.problem(LocalDate.of(2026, 12, 8), Span.HAPPENED, TODAY))
        .hasValue("日期不能晚于今天（2026-12-07）");
    assertThat(PlausibleDate.problem(LocalDate.of(2099, 1, 1), Span.HAPPENED, TODAY)).isPresent();
    assertThat(PlausibleDate.problem(LocalDate.of(1950, 1, 1), Span.HAPPENED, TODAY)).isEmpty();
  }

  @Test
  void aServiceIsOrderedWithinAYearEitherSideOfToday() {
    assertThat(PlausibleDate.problem(LocalDate.of(2025, 12, 7), Span.NEAR, TODAY)).isEmpty();
    assertThat(PlausibleDate.problem(LocalDate.of(2025, 12, 6), Span.NEAR, TODAY)).isPresent();
    assertThat(PlausibleDate.problem(LocalDate.of(2027, 12, 7), Span.NEAR, TODAY)).isEmpty();
    assertThat(PlausibleDate.problem(LocalDate.of(2027, 12, 8), Span.NEAR, TODAY))
        .hasValue("日期应在今天前后一年之内（2025-12-07 至 2027-12-07）");
    assertThat(PlausibleDate.problem(LocalDate.of(1900, 1, 1), Span.NEAR, TODAY)).isPresent();
  }

  @Test
  void readsTheBrowsersFormAndNothingElse() {
    assertThat(PlausibleDate.parse(" 2024-03-01 ", Span.ANY, TODAY))
        .isEqualTo(LocalDate.of(2024, 3, 1));
    for (String text : new String[] {"2024/03/01", "2024-02-30", "20240301", "明天", ""}) {
      assertThatThrownBy(() -> PlausibleDate.parse(text, Span.ANY, TODAY))
          .as(text)
          .isInstanceOf(ImplausibleValueException.class)
          .hasMessage("日期格式应为 年-月-日（如 2024-03-01）");
    }
    assertThatThrownBy(() -> PlausibleDate.parse("2099-01-01", Span.HAPPENED, TODAY))
        .isInstanceOf(ImplausibleValueException.class)
        .hasMessageContaining("不能晚于今天");
  }

  @Test
  void monthsKeepTheSameRangesCountedInMonths() {
    assertThat(PlausibleDate.parseMonth("2027-12", Span.NEAR, TODAY))
        .isEqualTo(YearMonth.of(2027, 12));
    assertThat(PlausibleDate.parseMonth("2025-12", Span.NEAR, TODAY))
        .isEqualTo(YearMonth.of(2025, 12));
    assertThatThrownBy(() -> PlausibleDate.parseMonth("2028-01", Span.NEAR, TODAY))
        .hasMessage("月份应在本月前后十二个月之内（2025-12 至 2027-12）");
    assertThatThrownBy(() -> PlausibleDate.parseMonth("2025-11", Span.NEAR, TODAY))
        .isInstanceOf(ImplausibleValueException.class);
    assertThat(PlausibleDate.parseMonth("2026-12", Span.HAPPENED, TODAY))
        .isEqualTo(YearMonth.of(2026, 12));
    assertThatThrownBy(() -> PlausibleDate.parseMonth("2027-01", Span.HAPPENED, TODAY))
        .hasMessage("月份不能晚于本月（2026-12）");
    assertThat(PlausibleDate.parseMonth("1900-01", Span.ANY, TODAY))
        .isEqualTo(YearMonth.of(1900, 1));
    assertThatThrownBy(() -> PlausibleDate.parseMonth("9999-12", Span.ANY, TODAY))
        .hasMessage("月份超出合理范围（1900-01 至 2100-12）");
    for (String text : new String[] {"2026-13", "2026/11", "202611", ""}) {
      assertThatThrownBy(() -> PlausibleDate.parseMonth(text, Span.ANY, TODAY))
          .as(text)
          .hasMessage("月份格式应为 年-月（如 2024-03）");
    }
  }
}
