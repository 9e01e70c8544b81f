package cn.minzheng.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One effective-dated standard version of a county-level area (区县 or 功能区). Amounts in yuan per
 * person per month unless said otherwise.
 *
 * @param careConfirmed false while the care allowances are placeholders not found in an official
 *     text
 */
public record StandardInForce(
    String areaCode,
    LocalDate effectiveFrom,
    BigDecimal dibaoStandard,
    BigDecimal minimumPerPerson,
    BigDecimal tekunMultiplier,
    BigDecimal careSelf,
    BigDecimal carePartial,
    BigDecimal careFull,
    boolean careConfirmed,
    BigDecimal linshiTownshipMultiple,
    BigDecimal linshiCountyMultiple,
    BigDecimal marginalMultiplier,
    int assetDepositMonths,
    BigDecimal assetVehicleLimit,
    boolean assetSecondHouse,
    String basis) {

  /** 特困 basic living: multiplier × 低保 standard, rounded half up to the whole yuan. */
  public BigDecimal tekunBasic() {
    return tekunMultiplier.multiply(dibaoStandard).setScale(0, RoundingMode.HALF_UP);
  }

  public BigDecimal marginalThreshold() {
    return marginalMultiplier.multiply(dibaoStandard).setScale(2, RoundingMode.HALF_UP);
  }

  /** The largest one-off 临时救助 amount a township (街道/乡镇) approves by itself. */
  public BigDecimal linshiTownshipLimit() {
    return linshiTownshipMultiple.multiply(dibaoStandard).setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal linshiCountyLimit() {
    return linshiCountyMultiple.multiply(dibaoStandard).setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal care(CareLevel level) {
    return switch (level) {
      case SELF -> careSelf;
      case PARTIAL -> carePartial;
      case FULL -> careFull;
    };
  }

  /** 特困 self-care level (生活自理能力). */
  public enum CareLevel {
    SELF("全自理"),
    PARTIAL("半失能"),
    FULL("全失能");

    private final String label;

    CareLevel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
