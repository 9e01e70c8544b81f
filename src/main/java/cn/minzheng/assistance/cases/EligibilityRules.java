package cn.minzheng.assistance.cases;

import cn.minzheng.registry.DisabilityCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** The amount and eligibility rules of docs/domain-rules.md §3, without Spring and without SQL. */
public final class EligibilityRules {

  private EligibilityRules() {}

  /** Household income divided by the members counted, to the fen (half up). */
  public static BigDecimal perCapita(BigDecimal householdIncome, int members) {
    if (members <= 0) {
      throw new IllegalArgumentException("a household has at least one member");
    }
    return householdIncome.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
  }

  /**
   * 低保 per person by the difference method: {@code standard − per-capita income}, at least the
   * minimum; empty when the per-capita income is not below the standard (exactly equal is not
   * eligible).
   */
  public static Optional<BigDecimal> dibaoPerPerson(
      BigDecimal standard, BigDecimal perCapitaIncome, BigDecimal minimum) {
    if (perCapitaIncome.compareTo(standard) >= 0) {
      return Optional.empty();
    }
    BigDecimal difference = standard.subtract(perCapitaIncome);
    return Optional.of(difference.max(minimum).setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * 无劳动能力: age 60 or more, under 16, intellectual or mental disability grade 1-3, physical grade
   * 1-2, visual grade 1.
   */
  public static boolean noCapacityToWork(
      LocalDate birthDate, DisabilityCategory disability, Integer grade, LocalDate on) {
    int age = Period.between(birthDate, on).getYears();
    if (age >= 60 || age < 16) {
      return true;
    }
    if (disability == null || grade == null) {
      return false;
    }
    return switch (disability) {
      case INTELLECTUAL, MENTAL -> grade <= 3;
      case PHYSICAL -> grade <= 2;
      case VISUAL -> grade == 1;
      default -> false;
    };
  }
}
