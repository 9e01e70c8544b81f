package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.cases.EligibilityRules;
import cn.minzheng.registry.DisabilityCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

  static final BigDecimal STANDARD = new BigDecimal("910");
  static final BigDecimal MINIMUM = new BigDecimal("10");
  static final LocalDate ON = LocalDate.of(2026, 3, 2);

  @Test
  void perCapitaIncomeEqualToTheStandardGivesNothing() {
    assertThat(EligibilityRules.dibaoPerPerson(STANDARD, new BigDecimal("910.00"), MINIMUM))
        .isEmpty();
    assertThat(EligibilityRules.dibaoPerPerson(STANDARD, new BigDecimal("909.99"), MINIMUM))
        .contains(new BigDecimal("10.00"));
    assertThat(EligibilityRules.dibaoPerPerson(STANDARD, new BigDecimal("900.00"), MINIMUM))
        .contains(new BigDecimal("10.00"));
    assertThat(EligibilityRules.dibaoPerPerson(STANDARD, new BigDecimal("899.99"), MINIMUM))
        .contains(new BigDecimal("10.01"));
  }

  @Test
  void workCapacityEndsAtSixtyAndStartsAtSixteen() {
    assertThat(EligibilityRules.noCapacityToWork(LocalDate.of(1966, 3, 2), null, null, ON))
        .isTrue();
    assertThat(EligibilityRules.noCapacityToWork(LocalDate.of(1966, 3, 3), null, null, ON))
        .isFalse();
    assertThat(EligibilityRules.noCapacityToWork(LocalDate.of(2010, 3, 3), null, null, ON))
        .isTrue();
    assertThat(EligibilityRules.noCapacityToWork(LocalDate.of(2010, 3, 2), null, null, ON))
        .isFalse();
  }

  @Test
  void disabilityGradesThatMeanNoCapacityToWork() {
    LocalDate adult = LocalDate.of(1990, 1, 1);
    assertThat(EligibilityRules.noCapacityToWork(adult, DisabilityCategory.MENTAL, 3, ON)).isTrue();
    assertThat(EligibilityRules.noCapacityToWork(adult, DisabilityCategory.MENTAL, 4, ON))
        .isFalse();
    assertThat(EligibilityRules.noCapacityToWork(adult, DisabilityCategory.PHYSICAL, 2, ON))
        .isTrue();
    assertThat(EligibilityRules.noCapacityToWork(adult, DisabilityCategory.PHYSICAL, 3, ON))
        .isFalse();
    assertThat(EligibilityRules.noCapacityToWork(adult, DisabilityCategory.VISUAL, 1, ON)).isTrue();
    assertThat(EligibilityRules.noCapacityToWork(adult, DisabilityCategory.VISUAL, 2, ON))
        .isFalse();
  }

  @Test
  void perCapitaIsRoundedToTheFen() {
    assertThat(EligibilityRules.perCapita(new BigDecimal("1000"), 3))
        .isEqualByComparingTo("333.33");
  }
}
