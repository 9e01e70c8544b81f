package cn.minzheng.cockpit;

import java.math.BigDecimal;

/**
 * A figure's value in one region code (any level of the tree: the cockpit rolls it up). {@code
 * base} is the denominator of a {@link Measure#PER_THOUSAND} rate (e.g. registered elderly), zero
 * for every other measure.
 */
public record RegionValue(String regionCode, BigDecimal value, BigDecimal base) {

  public static RegionValue of(String regionCode, BigDecimal value) {
    return new RegionValue(regionCode, value, BigDecimal.ZERO);
  }

  public static RegionValue of(String regionCode, long value) {
    return of(regionCode, BigDecimal.valueOf(value));
  }
}
