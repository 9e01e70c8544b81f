package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.Measure;
import cn.minzheng.cockpit.RegionValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A running sum of a figure's values and, for rates, of their bases. */
record Tally(BigDecimal value, BigDecimal base) {

  static final Tally ZERO = new Tally(BigDecimal.ZERO, BigDecimal.ZERO);

  Tally plus(RegionValue v) {
    return new Tally(value.add(v.value()), base.add(v.base()));
  }

  Tally add(Tally other) {
    return new Tally(value.add(other.value), base.add(other.base));
  }

  /** The figure's value: the sum, or for a rate per 1,000 of its base (null without a base). */
  BigDecimal result(Measure measure) {
    if (!measure.rate()) {
      return value;
    }
    if (base.signum() == 0) {
      return null;
    }
    return value.multiply(BigDecimal.valueOf(1000)).divide(base, 1, RoundingMode.HALF_UP);
  }
}
