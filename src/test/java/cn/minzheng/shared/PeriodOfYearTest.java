package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.shared.PeriodOfYear.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodOfYearTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);

  @Test
  void eachKindCoversItsMonthsBothDaysInclusive() {
    assertThat(new PeriodOfYear(Kind.MONTH, 2028, 2).to()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(new PeriodOfYear(Kind.MONTH, 2027, 2).to()).isEqualTo(LocalDate.of(2027, 2, 28));
    PeriodOfYear q3 = new PeriodOfYear(Kind.QUARTER, 2026, 3);
    assertThat(q3.from()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q3.to()).isEqualTo(LocalDate.of(2026, 9, 30));
    PeriodOfYear h2 = new PeriodOfYear(Kind.HALF, 2026, 2);
    assertThat(h2.from()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(h2.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    PeriodOfYear year = new PeriodOfYear(Kind.YEAR, 2026, 1);
    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q3).hasToString("2026年第3季度");
    assertThat(new PeriodOfYear(Kind.HALF, 2026, 1)).hasToString("2026年上半年");
    assertThatThrownBy(() -> new PeriodOfYear(Kind.QUARTER, 2026, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingOrAbsurdValueFallsBackToWhereTodayLies() {
    assertThat(PeriodOfYear.of(null, null, null, TODAY))
        .isEqualTo(new PeriodOfYear(Kind.QUARTER, 2026, 3));
    assertThat(PeriodOfYear.of("HALF", 2025, 3, TODAY))
        .isEqualTo(new PeriodOfYear(Kind.HALF, 2025, 2));
    assertThat(PeriodOfYear.of("MONTH", 9999, 0, TODAY))
        .isEqualTo(new PeriodOfYear(Kind.MONTH, 2026, 8));
    assertThat(PeriodOfYear.of("WEEK", 2024, 1, TODAY))
        .isEqualTo(new PeriodOfYear(Kind.QUARTER, 2024, 1));
    assertThat(PeriodOfYear.of("YEAR", 2100, 1, TODAY))
        .isEqualTo(new PeriodOfYear(Kind.YEAR, 2100, 1));
    assertThat(PeriodOfYear.of("YEAR", 2101, 1, TODAY))
        .isEqualTo(new PeriodOfYear(Kind.YEAR, 2026, 1));
  }
}
