package cn.minzheng.marriage.domain.offices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 七夕 is the 7th day of the 7th lunar month (docs/domain-rules.md §7 vectors). */
class PeakDaysTest {

  @Test
  void qixiFallsOnTheRuleDatesIn2024To2026() {
    assertThat(PeakDays.qixi(2024)).isEqualTo(LocalDate.of(2024, 8, 10));
    assertThat(PeakDays.qixi(2025)).isEqualTo(LocalDate.of(2025, 8, 29));
    assertThat(PeakDays.qixi(2026)).isEqualTo(LocalDate.of(2026, 8, 19));
  }

  @Test
  void fixedPeakDaysNeedNoDatabase() {
    PeakDays peakDays = new PeakDays(null);
    assertThat(peakDays.isPeak(LocalDate.of(2027, 5, 20))).isTrue();
    assertThat(peakDays.isPeak(LocalDate.of(2027, 2, 14))).isTrue();
    assertThat(peakDays.nameOf(LocalDate.of(2026, 8, 19))).contains("七夕");
  }
}
