package cn.minzheng.monitoring.verification;

import cn.minzheng.monitoring.verification.HouseholdFacts.UsedFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configurable asset rules ({@code monitoring.asset_rule}; the limits are not in an official
 * text, docs/domain-rules.md §3) applied to the counted asset facts of a household. Where the 低保
 * standard in force carries a limit (deposits in months of the standard, vehicle value, a second
 * house), that limit wins, so that one figure governs both the case and the verification.
 */
@Component
class AssetRules {

  private final JdbcClient jdbc;

  AssetRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<AssetResult> apply(
      List<UsedFact> facts, int members, cn.minzheng.assistance.StandardInForce inForce) {
    BigDecimal standard = inForce == null ? null : inForce.dibaoStandard();
    return jdbc.sql(
            "select code, label, feed_type, measure, limit_value from monitoring.asset_rule"
                + " where active order by code")
        .query(
            (rs, n) ->
                evaluate(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    limit(rs.getString(1), rs.getBigDecimal(5), inForce),
                    facts,
                    members,
                    standard))
        .list();
  }

  /** The standard's own limit for the rules it covers, else the configured one. */
  static BigDecimal limit(
      String code, BigDecimal configured, cn.minzheng.assistance.StandardInForce inForce) {
    if (inForce == null) {
      return configured;
    }
    return switch (code) {
      case "DEPOSITS" -> BigDecimal.valueOf(inForce.assetDepositMonths());
      case "VEHICLE_VALUE" ->
          inForce.assetVehicleLimit() == null ? configured : inForce.assetVehicleLimit();
      case "PROPERTY_COUNT" -> inForce.assetSecondHouse() ? BigDecimal.valueOf(2) : BigDecimal.ONE;
      default -> configured;
    };
  }

  static AssetResult evaluate(
      String code,
      String label,
      String feed,
      String measure,
      BigDecimal limit,
      List<UsedFact> facts,
      int members,
      BigDecimal standard) {
    List<UsedFact> counted =
        facts.stream().filter(f -> f.counted() && f.feedType().name().equals(feed)).toList();
    BigDecimal sum =
        counted.stream()
            .map(f -> f.amount() == null ? BigDecimal.ZERO : f.amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return switch (measure) {
      case "COUNT" -> {
        BigDecimal count = BigDecimal.valueOf(counted.size());
        yield new AssetResult(code, label, count, limit, count.compareTo(limit) <= 0, true);
      }
      case "SUM_PER_MEMBER_STANDARD_MONTHS" -> {
        BigDecimal perMember = sum.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        if (standard == null) {
          yield new AssetResult(code, label, perMember, null, true, false);
        }
        BigDecimal cap = standard.multiply(limit);
        yield new AssetResult(code, label, perMember, cap, perMember.compareTo(cap) <= 0, true);
      }
      default -> new AssetResult(code, label, sum, limit, sum.compareTo(limit) <= 0, true);
    };
  }

  /** {@code evaluable} false: the limit depends on a standard that is not available. */
  public record AssetResult(
      String code,
      String label,
      BigDecimal value,
      BigDecimal limit,
      boolean passed,
      boolean evaluable) {}
}
