package cn.minzheng.monitoring.verification;

import cn.minzheng.monitoring.feeds.FeedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored verification report (核对报告) with the facts it used, asset results and disputes. */
public record VerificationReport(
    long id,
    long householdId,
    String regionCode,
    Long caseId,
    String consentRef,
    LocalDate asOf,
    int memberCount,
    BigDecimal householdIncome,
    BigDecimal perCapitaIncome,
    BigDecimal standard,
    boolean assetsOk,
    String conclusion,
    boolean complete,
    LocalDate validUntil,
    Long previousId,
    Instant requestedAt,
    String requestedBy,
    List<Fact> facts,
    List<Asset> assets,
    List<Dispute> disputes) {

  public record Fact(
      long id,
      long personId,
      FeedType feedType,
      LocalDate date,
      BigDecimal amount,
      String detail,
      String source,
      boolean counted) {}

  public record Asset(String label, BigDecimal value, BigDecimal limit, boolean passed) {}

  public record Dispute(
      long id, long factId, String raisedBy, String reason, String state, Instant raisedAt) {}

  public List<Fact> factsOf(long personId) {
    return facts.stream().filter(f -> f.personId() == personId).toList();
  }

  public List<Long> memberIds() {
    return facts.stream().map(Fact::personId).distinct().toList();
  }
}
