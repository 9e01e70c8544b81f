package cn.minzheng.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Card numbers with their Luhn check digit; other accounts by format only. */
class AccountNumberRuleTest {

  @Test
  void aUnionPayCardNeedsItsLuhnCheckDigit() {
    // 622202123456789012 + 8: the digit sum (doubling every second digit from the right) is 70
    assertThat(AccountNumberRule.valid("6222021234567890128")).isTrue();
    assertThat(AccountNumberRule.valid("6222021234567890123")).isFalse(); // last digit mistyped
    assertThat(AccountNumberRule.valid("6222021234567890218")).isFalse(); // neighbours swapped
    assertThat(AccountNumberRule.checkDigit("622202123456789012")).isEqualTo('8');
    assertThat(AccountNumberRule.checkDigit("623058111122223333")).isEqualTo('9');
    // 16 digits is a card as well
    assertThat(AccountNumberRule.valid("6222020000000005")).isFalse();
    assertThat(
            AccountNumberRule.valid(
                "622202000000000" + AccountNumberRule.checkDigit("622202000000000")))
        .isTrue();
  }

  @Test
  void otherAccountsAreCheckedForFormatOnly() {
    assertThat(AccountNumberRule.valid("622202123456789")).isTrue(); // 15 digits: not a card
    assertThat(AccountNumberRule.valid("62220212345678901234")).isTrue(); // 20 digits
    assertThat(AccountNumberRule.valid("4402123456789012345")).isTrue(); // a passbook account
    assertThat(AccountNumberRule.valid("123456789012")).isTrue(); // 12 digits, the shortest
    assertThat(AccountNumberRule.valid("12345678901")).isFalse(); // 11
    assertThat(AccountNumberRule.valid("1".repeat(30))).isTrue();
    assertThat(AccountNumberRule.valid("1".repeat(31))).isFalse();
    assertThat(AccountNumberRule.valid("6222-0212-3456")).isFalse();
    assertThat(AccountNumberRule.normalise(" 6222 0212 3456 7890 128 "))
        .isEqualTo("6222021234567890128");
  }
}
