package cn.minzheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The standards in force for an area (any region code; it resolves to its county-level area) on a
 * date. Empty when no standard covers the area on that date.
 */
public interface AssistanceStandards {

  /** 低保 standard, yuan per person per month. */
  Optional<BigDecimal> dibaoStandard(String regionCode, LocalDate on);

  /** 低保边缘 income threshold per person per month (multiplier × 低保 standard). */
  Optional<BigDecimal> marginalThreshold(String regionCode, LocalDate on);

  /** Every figure of the version in force (特困, care allowances, 临时救助 levels, asset rules). */
  Optional<StandardInForce> inForce(String regionCode, LocalDate on);
}
