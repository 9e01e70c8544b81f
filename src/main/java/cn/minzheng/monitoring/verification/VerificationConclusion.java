package cn.minzheng.monitoring.verification;

import java.math.BigDecimal;

/**
 * The conclusion of a report against the 低保 standard: eligible only with a per-capita income
 * strictly below the standard and every asset rule passed (社会救助暂行办法 art. 9).
 */
final class VerificationConclusion {

  private VerificationConclusion() {}

  static String of(BigDecimal perCapita, BigDecimal standard, boolean assetsOk) {
    if (standard == null) {
      return "未取得当地低保标准，需人工判定";
    }
    if (perCapita.compareTo(standard) >= 0) {
      return "家庭人均月收入不低于低保标准（" + standard.stripTrailingZeros().toPlainString() + "元），不符合低保收入条件";
    }
    if (!assetsOk) {
      return "家庭财产超过规定，不符合低保财产条件";
    }
    return "家庭人均月收入低于低保标准（" + standard.stripTrailingZeros().toPlainString() + "元）且财产符合规定";
  }
}
