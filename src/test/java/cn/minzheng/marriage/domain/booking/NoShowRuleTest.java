package cn.minzheng.marriage.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two no-shows within 90 days block online booking for 30 days. The rule runs inside the booking
 * statement ({@code marriage.no_show_blocks}, migration V8), so it is asked there, with the
 * configured numbers of {@link NoShowRule}.
 */
@SpringBootTest
class NoShowRuleTest {

  @Autowired NoShowRule rule;
  @Autowired JdbcClient jdbc;

  private final LocalDate second = LocalDate.of(2027, 6, 1);

  private boolean blocks(List<LocalDate> noShowDays, LocalDate today) {
    return jdbc.sql("select marriage.no_show_blocks(?::date[], ?, ?, ?, ?)")
        .params(
            noShowDays.stream().map(Date::valueOf).toArray(Date[]::new),
            today,
            rule.threshold(),
            rule.windowDays(),
            rule.blockDays())
        .query(Boolean.class)
        .single();
  }

  @Test
  void theConfiguredNumbersAreTheRulesOwn() {
    assertThat(List.of(rule.threshold(), rule.windowDays(), rule.blockDays()))
        .containsExactly(2, 90, 30);
  }

  @Test
  void twoNoShowsWithin90DaysBlockFor30Days() {
    List<LocalDate> days = List.of(second.minusDays(89), second);
    assertThat(blocks(days, second)).isTrue();
    assertThat(blocks(days, second.plusDays(30))).isTrue();
    assertThat(blocks(days, second.plusDays(31))).isFalse();
    assertThat(blocks(days, second.minusDays(1))).as("not before the second no-show").isFalse();
  }

  @Test
  void noShowsFurtherApartThan90DaysDoNotBlock() {
    assertThat(blocks(List.of(second.minusDays(90), second), second.plusDays(1))).isFalse();
  }

  @Test
  void oneNoShowDoesNotBlock() {
    assertThat(blocks(List.of(second), second.plusDays(1))).isFalse();
    assertThat(blocks(List.of(), second)).isFalse();
  }
}
