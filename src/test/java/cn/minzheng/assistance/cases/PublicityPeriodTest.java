package cn.minzheng.assistance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicityPeriodTest {

  static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
  static final LocalDate SEVENTH_DAY = LocalDate.of(2026, 3, 8);
  static final LocalDate EIGHTH_DAY = LocalDate.of(2026, 3, 9);

  PublicityPeriod period = PublicityPeriod.openedOn(OPENED);

  @Test
  void sevenDaysCountingTheDayItOpens() {
    assertThat(period.from()).isEqualTo(OPENED);
    assertThat(period.to()).isEqualTo(SEVENTH_DAY);
  }

  @Test
  void theSeventhDayStillRunsAndTheEighthEndsIt() {
    assertThat(period.runsOn(OPENED)).isTrue();
    assertThat(period.runsOn(SEVENTH_DAY)).isTrue();
    assertThat(period.endedBy(SEVENTH_DAY)).isFalse();
    assertThat(period.runsOn(EIGHTH_DAY)).isFalse();
    assertThat(period.endedBy(EIGHTH_DAY)).isTrue();
  }

  @Test
  void theDayBeforeItOpensItNeitherRunsNorHasEnded() {
    assertThat(period.runsOn(OPENED.minusDays(1))).isFalse();
    assertThat(period.endedBy(OPENED.minusDays(1))).isFalse();
  }
}
