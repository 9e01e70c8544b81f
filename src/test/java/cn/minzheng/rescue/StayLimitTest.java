package cn.minzheng.rescue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.rescue.intake.StayLimit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 10-day stay (实施细则第十五条): the day of admission is day 1. */
class StayLimitTest {

  static final LocalDate ADMITTED = LocalDate.of(2026, 2, 25);

  @Test
  void theTenthDayIsWithinTheLimitAndTheEleventhIsBeyondIt() {
    LocalDate tenth = LocalDate.of(2026, 3, 6); // 25, 26, 27, 28 Feb + 1..6 Mar = 10 days
    LocalDate eleventh = LocalDate.of(2026, 3, 7);
    assertThat(StayLimit.dayOfStay(ADMITTED, tenth)).isEqualTo(10);
    assertThat(StayLimit.dayOfStay(ADMITTED, eleventh)).isEqualTo(11);
    assertThat(StayLimit.lastDay(ADMITTED, null)).isEqualTo(tenth);
    assertThat(StayLimit.overdue(ADMITTED, null, tenth)).isFalse();
    assertThat(StayLimit.overdue(ADMITTED, null, eleventh)).isTrue();
  }

  @Test
  void anExtensionMovesTheLastDayToItsOwnDate() {
    LocalDate until = LocalDate.of(2026, 3, 20);
    assertThat(StayLimit.lastDay(ADMITTED, until)).isEqualTo(until);
    assertThat(StayLimit.overdue(ADMITTED, until, LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(StayLimit.overdue(ADMITTED, until, until)).isFalse();
    assertThat(StayLimit.overdue(ADMITTED, until, LocalDate.of(2026, 3, 21))).isTrue();
  }

  @Test
  void theDayOfAdmissionIsTheFirstDay() {
    assertThat(StayLimit.dayOfStay(ADMITTED, ADMITTED)).isEqualTo(1);
    assertThat(StayLimit.overdue(ADMITTED, null, ADMITTED)).isFalse();
  }
}
