package cn.minzheng.monitoring.warnings;

import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.platform.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The facts behind a warning (read after {@link Warnings#require}, which audits the access). */
@Component
public class WarningEvidence {

  private final JdbcClient jdbc;
  private final DataScope scope;

  WarningEvidence(JdbcClient jdbc, DataScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /**
   * Across regions: the warning is in the caller's scope (checked), and its evidence may include a
   * fact that arrived while the person lived in another region.
   */
  public List<EvidenceFact> of(Warning warning) {
    return scope.acrossRegions(() -> evidenceOf(warning));
  }

  private List<EvidenceFact> evidenceOf(Warning warning) {
    return jdbc.sql(
            "select id, feed_type, fact_date, amount, detail, source, batch_id, line"
                + " from monitoring.fact where id = any(?) order by fact_date, id")
        .param(warning.evidenceFactIds())
        .query(
            (rs, n) ->
                new EvidenceFact(
                    rs.getLong(1),
                    FeedType.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class),
                    rs.getBigDecimal(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getLong(7),
                    rs.getInt(8)))
        .list();
  }

  public record EvidenceFact(
      long id,
      FeedType feedType,
      LocalDate date,
      BigDecimal amount,
      String detail,
      String source,
      long batchId,
      int line) {}
}
