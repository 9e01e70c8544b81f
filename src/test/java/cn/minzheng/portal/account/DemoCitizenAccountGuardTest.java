package cn.minzheng.portal.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoCitizenAccountGuardTest {

  @Test
  void refusesToStartOutsideTheDemoProfileWhileADemoCitizenAccountExists() {
    assertThatThrownBy(() -> DemoCitizenAccountGuard.check(false, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo citizen account");
    assertThatCode(() -> DemoCitizenAccountGuard.check(true, 1)).doesNotThrowAnyException();
    assertThatCode(() -> DemoCitizenAccountGuard.check(false, 0)).doesNotThrowAnyException();
  }
}
