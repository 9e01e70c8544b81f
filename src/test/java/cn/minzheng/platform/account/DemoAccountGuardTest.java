package cn.minzheng.platform.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoAccountGuardTest {

  @Test
  void refusesToStartOutsideDemoWhenADemoAccountExists() {
    assertThatThrownBy(() -> DemoAccountGuard.check(false, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo");
  }

  @Test
  void startsOutsideDemoWithoutDemoAccounts() {
    assertThatCode(() -> DemoAccountGuard.check(false, 0)).doesNotThrowAnyException();
  }

  @Test
  void startsInDemoWithDemoAccounts() {
    assertThatCode(() -> DemoAccountGuard.check(true, 10)).doesNotThrowAnyException();
  }

  @Test
  void demoAccountsCoverEveryRoleAndAreMarkedDemo() {
    org.assertj.core.api.Assertions.assertThat(
            DemoStaffAccounts.ACCOUNTS.stream().flatMap(a -> a.roles().stream()).distinct())
        .containsExactlyInAnyOrder(cn.minzheng.platform.Role.values());
    org.assertj.core.api.Assertions.assertThat(DemoStaffAccounts.ACCOUNTS)
        .allMatch(NewStaffAccount::demo);
  }
}
