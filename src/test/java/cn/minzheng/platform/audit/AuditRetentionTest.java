package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

  @Test
  void acceptsSixMonthsAndLonger() {
    for (Period ok : new Period[] {Period.ofMonths(6), Period.ofYears(1), Period.ofDays(184)}) {
      assertThatCode(() -> AuditRetention.requireAtLeastSixMonths(ok)).doesNotThrowAnyException();
    }
  }

  @Test
  void refusesRetentionShorterThanSixMonths() {
    for (Period tooShort :
        new Period[] {Period.ofMonths(5), Period.ofDays(180), Period.ofDays(183), Period.ZERO}) {
      assertThatThrownBy(() -> AuditRetention.requireAtLeastSixMonths(tooShort))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("minzheng.audit.retention");
    }
  }

  @Test
  void refusesNegativeOrMissingRetention() {
    assertThatThrownBy(() -> AuditRetention.requireAtLeastSixMonths(Period.ofMonths(-7)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> AuditRetention.requireAtLeastSixMonths(null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAShortRetentionWhenPropertiesAreBound() {
    assertThatThrownBy(() -> new AuditProperties(Period.ofMonths(3), false))
        .isInstanceOf(IllegalStateException.class);
  }
}
