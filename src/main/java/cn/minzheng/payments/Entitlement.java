package cn.minzheng.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One person's entitlement for the month of its batch.
 *
 * @param amount yuan with at most two decimals (fen), positive; never a float
 * @param basis the rule and the figures used, as text or JSON, for the roster and for audits
 * @param regionCode the person's residence region when the amount was computed (12 digits)
 * @param caseRef the programme's case reference, may be null
 */
public record Entitlement(
    long personId, BigDecimal amount, String basis, String regionCode, String caseRef) {

  public Entitlement {
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2 && hasFractionOfFen(amount)) {
      throw new IllegalArgumentException("amount must be positive yuan with at most two decimals");
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    if (regionCode == null || !regionCode.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("region code must have 12 digits");
    }
    if (basis == null || basis.isBlank()) {
      throw new IllegalArgumentException("basis is required");
    }
  }

  private static boolean hasFractionOfFen(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() > 2;
  }
}
