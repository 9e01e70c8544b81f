package cn.minzheng.payments.domain;

import cn.minzheng.shared.Masking;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 对账: a roster's lines paid, failed and still unanswered, and where failures were re-issued; the
 * held lines (never sent: no valid account) apart, with how many a later roster has paid.
 */
@Service
public class Reconciliation {

  private final JdbcClient jdbc;
  private final Rosters rosters;

  Reconciliation(JdbcClient jdbc, Rosters rosters) {
    this.jdbc = jdbc;
    this.rosters = rosters;
  }

  public record Totals(
      long paid,
      BigDecimal paidAmount,
      long failed,
      BigDecimal failedAmount,
      long missing,
      BigDecimal missingAmount,
      long held,
      BigDecimal heldAmount,
      long heldPaidLater) {}

  /** A failed line and the later roster line that re-issued it (null: not yet). */
  public record FailedLine(
      long lineId, String holderName, BigDecimal amount, String reason, Long reissuedInRoster) {}

  public Totals totals(long rosterId) {
    rosters.get(rosterId);
    return jdbc.sql(
            """
            select count(*) filter (where pr.status = 'PAID'),
                   coalesce(sum(l.amount) filter (where pr.status = 'PAID'), 0),
                   count(*) filter (where pr.status = 'FAILED'),
                   coalesce(sum(l.amount) filter (where pr.status = 'FAILED'), 0),
                   count(*) filter (where pr.line_id is null and l.account_issue is null),
                   coalesce(sum(l.amount)
                              filter (where pr.line_id is null and l.account_issue is null), 0),
                   count(*) filter (where l.account_issue is not null),
                   coalesce(sum(l.amount) filter (where l.account_issue is not null), 0),
                   count(x.id) filter (where l.account_issue is not null)
              from payments.roster_line l
              left join payments.payment_result pr on pr.line_id = l.id
              left join payments.roster_line x on x.reissue_of = l.id
             where l.roster_id = ?""")
        .param(rosterId)
        .query(
            (rs, n) ->
                new Totals(
                    rs.getLong(1),
                    rs.getBigDecimal(2),
                    rs.getLong(3),
                    rs.getBigDecimal(4),
                    rs.getLong(5),
                    rs.getBigDecimal(6),
                    rs.getLong(7),
                    rs.getBigDecimal(8),
                    rs.getLong(9)))
        .single();
  }

  public List<FailedLine> failed(long rosterId) {
    rosters.get(rosterId);
    return jdbc.sql(
            """
            select l.id, l.holder_name, l.amount, pr.reason, x.roster_id
              from payments.roster_line l
              join payments.payment_result pr on pr.line_id = l.id and pr.status = 'FAILED'
              left join payments.roster_line x on x.reissue_of = l.id
             where l.roster_id = ? order by l.id limit 500""")
        .param(rosterId)
        .query(
            (rs, n) ->
                new FailedLine(
                    rs.getLong(1),
                    Masking.publicName(rs.getString(2)),
                    rs.getBigDecimal(3),
                    rs.getString(4),
                    rs.getObject(5, Long.class)))
        .list();
  }
}
