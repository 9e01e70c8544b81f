package cn.minzheng.marriage.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two no-shows within 90 days block online booking for 30 days. */
class NoShowRuleTest {

  private final NoShowRule rule = new NoShowRule(2, 90, 30);
  private final LocalDate second = LocalDate.of(2027, 6, 1);

  @Test
  void twoNoShowsWithin90DaysBlockFor30Days() {
    List<LocalDate> days = List.of(second.minusDays(89), second);
    assertThat(rule.blocks(days, second.plusDays(30))).isTrue();
    assertThat(rule.blocks(days, second.plusDays(31))).isFalse();
  }

  @Test
  void noShowsFurtherApartThan90DaysDoNotBlock() {
    assertThat(rule.blocks(List.of(second.minusDays(90), second), second.plusDays(1))).isFalse();
  }

  @Test
  void oneNoShowDoesNotBlock() {
    assertThat(rule.blocks(List.of(second), second.plusDays(1))).isFalse();
  }
}
