package cn.minzheng.assistance.standards;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A standard version takes effect on the first day of a month. Benefits are paid per month with the
 * version in force on the month's first day; a version starting mid-month would be publicised with
 * one amount and paid with another. The database enforces the same rule (check {@code
 * standard_version_from_first_of_month}, assistance V6); this is its Chinese wording for the form.
 */
public final class EffectiveDateRule {

  static final String MESSAGE = "生效日期：须为某月1日（救助金按月发放，标准自当月1日起生效）";

  private EffectiveDateRule() {}

  /** The field error when {@code effectiveFrom} is not the first of a month. */
  public static Optional<String> violation(LocalDate effectiveFrom) {
    return effectiveFrom.getDayOfMonth() == 1 ? Optional.empty() : Optional.of(MESSAGE);
  }
}
