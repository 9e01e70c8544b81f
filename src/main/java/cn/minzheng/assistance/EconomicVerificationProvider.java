package cn.minzheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * SPI: an automated household economic verification (核对) implemented by the monitoring module. When
 * no provider is present, or it answers that a source is down, the case's verification step takes a
 * manually entered result instead.
 */
public interface EconomicVerificationProvider {

  Result verify(Request request);

  /**
   * @param consentRef the signed authorisation kept with the case; a provider refuses without it
   */
  record Request(
      long caseId,
      long householdId,
      List<Long> memberPersonIds,
      LocalDate asOf,
      String consentRef,
      String requestedBy) {}

  /**
   * @param complete false when a source could not be queried (the caseworker falls back to manual
   *     entry)
   */
  record Result(
      String reportRef,
      BigDecimal monthlyHouseholdIncome,
      BigDecimal perCapitaIncome,
      boolean assetsWithinLimits,
      String conclusion,
      LocalDate validUntil,
      boolean complete) {}
}
