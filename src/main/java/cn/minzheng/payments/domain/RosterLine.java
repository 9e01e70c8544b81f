package cn.minzheng.payments.domain;

import java.math.BigDecimal;

/**
 * A line of a roster as staff see it: the account only masked. {@code result} null while the bank
 * has not answered; {@code payeeCreditCode} set when the payee is an organisation (its name is the
 * account's holder name).
 */
public record RosterLine(
    long id,
    long personId,
    String regionCode,
    BigDecimal amount,
    String kind,
    Long reissueOf,
    String holderName,
    String accountMasked,
    String result,
    String reason,
    String payeeCreditCode) {

  public String kindLabel() {
    return switch (kind) {
      case "ADJUSTMENT" -> "调整";
      case "REISSUE" -> "重发";
      default -> "正常";
    };
  }

  public String resultLabel() {
    if (result == null) {
      return "未回盘";
    }
    return "PAID".equals(result) ? "成功" : "失败";
  }
}
