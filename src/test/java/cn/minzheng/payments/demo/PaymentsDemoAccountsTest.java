package cn.minzheng.payments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.payments.domain.AccountNumberRule;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Almost every demo recipient gets a payable card number; a few are left as exceptions. */
class PaymentsDemoAccountsTest {

  @Test
  void ofEvery400PeopleOneHasNoAccountAndOneAMistypedCheckDigit() {
    long none =
        LongStream.range(1, 4001)
            .filter(p -> PaymentsDemoAccounts.DemoAccount.of(p) == null)
            .count();
    long invalid =
        LongStream.range(1, 4001)
            .mapToObj(PaymentsDemoAccounts.DemoAccount::of)
            .filter(a -> a != null && !AccountNumberRule.valid(a.number()))
            .count();
    assertThat(none).isEqualTo(10);
    assertThat(invalid).isEqualTo(10);
  }

  @Test
  void aDemoNumberIsA19DigitUnionPayCardWithItsCheckDigit() {
    var social = PaymentsDemoAccounts.DemoAccount.of(65594);
    assertThat(social.number())
        .isEqualTo("621530000000065594" + AccountNumberRule.checkDigit("621530000000065594"));
    assertThat(social.number()).hasSize(19);
    assertThat(AccountNumberRule.valid(social.number())).isTrue();
    assertThat(social.bank()).contains("社会保障卡");
    assertThat(PaymentsDemoAccounts.DemoAccount.of(65595).bank()).contains("一卡通");
    assertThat(AccountNumberRule.valid(PaymentsDemoAccounts.DemoAccount.of(413).number()))
        .isFalse();
    assertThat(PaymentsDemoAccounts.DemoAccount.of(407)).isNull();
  }
}
