package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlausibleAmountTest {

  @Test
  void tenDigitsBeforeThePointAndSixAfterIt() {
    assertThat(PlausibleAmount.problem(new BigDecimal("9999999999.99"))).isEmpty();
    assertThat(PlausibleAmount.problem(new BigDecimal("-9999999999.99"))).isEmpty();
    assertThat(PlausibleAmount.problem(new BigDecimal("10000000000"))).hasValue("数值过大（整数部分至多10位）");
    assertThat(PlausibleAmount.problem(new BigDecimal("1E+400"))).isPresent();
    assertThat(PlausibleAmount.problem(new BigDecimal("30.123456"))).isEmpty();
    assertThat(PlausibleAmount.problem(new BigDecimal("30.1234567"))).hasValue("小数位过多（至多6位）");
    assertThat(PlausibleAmount.problem(new BigDecimal("1E-400"))).isPresent();
    // trailing zeros are no digits: 1,000 yuan written with eight decimal zeros is 1,000 yuan
    assertThat(PlausibleAmount.problem(new BigDecimal("1000.00000000"))).isEmpty();
  }

  @Test
  void readsWhatAPersonTypesAndNothingElse() {
    assertThat(PlausibleAmount.parse(" 1400.50 ")).isEqualByComparingTo("1400.5");
    assertThat(PlausibleAmount.parse("-3")).isEqualByComparingTo("-3");
    assertThat(PlausibleAmount.parse(".5")).isEqualByComparingTo("0.5");
    for (String text : new String[] {"1e5", "1,400", "一千", "", "NaN", "Infinity", "1.2.3"}) {
      assertThatThrownBy(() -> PlausibleAmount.parse(text))
          .as(text)
          .isInstanceOf(ImplausibleValueException.class)
          .hasMessage("应为数字");
    }
    assertThatThrownBy(() -> PlausibleAmount.parse("99999999999"))
        .isInstanceOf(ImplausibleValueException.class)
        .hasMessageContaining("数值过大");
  }
}
