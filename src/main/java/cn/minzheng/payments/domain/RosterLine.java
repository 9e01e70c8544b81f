package cn.minzheng.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of a roster as staff see it: the beneficiary's name masked ({@code 张*明}), the account only
 * masked, the exceptions found when it was drafted. {@code result} null while the bank has not
 * answered; {@code paidInRoster} the later roster that re-issued a failed line or paid a held one.
 */
public record RosterLine(
    long id,
    long personId,
    String personName,
    String regionCode,
    BigDecimal amount,
    String kind,
    Long reissueOf,
    String holderName,
    String accountMasked,
    String result,
    String reason,
    BigDecimal previousAmount,
    LocalDate diedOn,
    List<LineException> exceptions,
    Long paidInRoster,
    String payeeCreditCode) {

  public String kindLabel() {
    return kindLabel(kind);
  }

  static String kindLabel(String kind) {
    return switch (kind) {
      case "ADJUSTMENT" -> "调整";
      case "REISSUE" -> "重发";
      case "DEFERRED" -> "暂缓后补发";
      default -> "正常";
    };
  }

  /** Held: never in a bank file; a later roster pays it once the payee has a valid account. */
  public boolean held() {
    return exceptions.stream().anyMatch(LineException::holdsPayment);
  }

  public String resultLabel() {
    if (held()) {
      return paidInRoster == null ? "暂缓（待登记账户）" : "暂缓，已转入名册 " + paidInRoster;
    }
    if (result == null) {
      return "未回盘";
    }
    return "PAID".equals(result) ? "成功" : "失败";
  }
}
