package cn.minzheng.monitoring.verification;

import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.platform.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts a verification may use: of the members, dated on or before the as-of date and received
 * by now. Income counts the latest fact per member, feed and payer within the 12 months up to the
 * date; assets the latest value per member, feed and item (address, plate, institution).
 */
@Component
class HouseholdFacts {

  private final JdbcClient jdbc;
  private final DataScope scope;

  HouseholdFacts(JdbcClient jdbc, DataScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /**
   * Across regions: a fact carries the member's residence when it arrived, and a member who moved
   * into the caller's scope brings income and assets recorded in another region, which the
   * verification must count (the caller has checked the household, its own rule).
   */
  List<UsedFact> collect(List<Long> members, LocalDate asOf) {
    return scope.acrossRegions(() -> collectEverywhere(members, asOf));
  }

  private List<UsedFact> collectEverywhere(List<Long> members, LocalDate asOf) {
    return jdbc.sql(
            """
            with known as (
              select f.*, row_number() over (
                       partition by f.person_id, f.feed_type, coalesce(f.detail, '')
                       order by f.fact_date desc, f.id desc) as recency
                from monitoring.fact f
               where f.person_id = any(?) and f.fact_date <= ? and f.received_at <= now())
            select id, person_id, feed_type, fact_date, amount, detail, source,
                   recency = 1 and (feed_type not in ('PENSION_EMPLOYMENT', 'TAX_INCOME')
                                    or fact_date > ?::date - interval '12 months') as counted
              from known order by person_id, feed_type, fact_date desc, id desc""")
        .params(members.toArray(Long[]::new), asOf, asOf)
        .query(
            (rs, n) ->
                new UsedFact(
                    rs.getLong(1),
                    rs.getLong(2),
                    FeedType.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class),
                    rs.getBigDecimal(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBoolean(8)))
        .list();
  }

  /** A fact as a verification saw it; {@code counted}: it enters the income or asset figures. */
  public record UsedFact(
      long id,
      long personId,
      FeedType feedType,
      LocalDate date,
      BigDecimal amount,
      String detail,
      String source,
      boolean counted) {

    public boolean income() {
      return feedType.category() == FeedType.Category.INCOME;
    }
  }
}
