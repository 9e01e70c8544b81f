package cn.minzheng.elderly.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One age band of the 高龄津贴 valid over [validFrom, validTo) (first days of months).
 *
 * @param maxAge null: no upper bound (e.g. 100 and over)
 * @param validTo null: open-ended
 */
public record AllowanceBand(
    long id,
    String label,
    int minAge,
    Integer maxAge,
    BigDecimal monthlyAmount,
    LocalDate validFrom,
    LocalDate validTo) {

  public boolean validIn(LocalDate month) {
    return !validFrom.isAfter(month) && (validTo == null || validTo.isAfter(month));
  }
}
