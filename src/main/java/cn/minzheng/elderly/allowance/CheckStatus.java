package cn.minzheng.elderly.allowance;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The existence-check status of recipients in a region scope: due month, overdue, suspended. */
@Service
public class CheckStatus {

  private final JdbcClient jdbc;
  private final AllowanceSettings settings;

  CheckStatus(JdbcClient jdbc, AllowanceSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** One recipient: name masked for lists (张*明). */
  public record Row(
      long personId,
      String maskedName,
      String regionCode,
      LocalDate lastCheck,
      LocalDate dueMonth,
      boolean overdue,
      long suspendedMonths,
      String lastMethod,
      String evidence) {}

  /**
   * Every living recipient in a scope (or one person) with its last check and due month; its
   * parameters: the interval in months, the scope, the person id twice.
   */
  private static final String RECIPIENTS =
      """
              select r.person_id,
                     left(p.name, 1) || repeat('*', greatest(char_length(p.name) - 2, 1))
                       || case when char_length(p.name) > 2 then right(p.name, 1) else '' end
                       as masked_name,
                     r.region_code,
                     v.last_check, lm.method as last_method, lm.evidence,
                     date_trunc('month', greatest(r.first_month, v.last_check)
                                + make_interval(months => ?))::date as due_month,
                     (select count(*) from elderly.allowance_suspension s
                       where s.person_id = r.person_id and s.repaid_at is null) as suspended_months
                from elderly.allowance_recipient r
                join registry.person_fact p on p.id = r.person_id and p.life_status = 'ALIVE'
                left join lateral (select max(verified_on) as last_check
                                     from elderly.existence_verification x
                                    where x.person_id = r.person_id) v on true
                left join lateral (select x.method,
                                          case when x.method = 'SILENT' then x.note end as evidence
                                     from elderly.existence_verification x
                                    where x.person_id = r.person_id
                                    order by x.verified_on desc, x.id desc limit 1) lm on true
               where (? or r.region_code = any(?))
                 and (cast(? as bigint) is null or r.person_id = ?)
      """;

  public List<Row> list(RegionFilter scope, YearMonth now, boolean overdueOnly, int limit) {
    return rows(scope, null, now, overdueOnly, limit, 0);
  }

  /**
   * The columns the list sorts by: the due month only (the list is a work list, oldest due first).
   */
  public static final java.util.Set<String> SORTS = java.util.Set.of("due_month");

  /** One page of the recipients in {@code scope}, the earliest due first. */
  public PageResult<Row> page(
      RegionFilter scope, YearMonth now, boolean overdueOnly, PageQuery query) {
    long total =
        jdbc.sql("select count(*) from (" + RECIPIENTS + ") q where not ? or q.due_month < ?")
            .params(
                settings.verificationIntervalMonths(),
                scope.unrestricted(),
                scope.codesArray(),
                null,
                null,
                overdueOnly,
                now.atDay(1))
            .query(Long.class)
            .single();
    return new PageResult<>(
        rows(scope, null, now, overdueOnly, query.size(), query.offset()), query, total);
  }

  /** One living recipient's status, the same figures as the list; empty for anyone else. */
  public Optional<Row> ofPerson(long personId, YearMonth now) {
    return rows(RegionFilter.all(), personId, now, false, 1, 0).stream().findFirst();
  }

  /** A month the monthly run paid: band and amount. */
  public record PaidMonth(LocalDate month, String bandLabel, BigDecimal amount) {}

  /** The latest months paid to a person, newest first. */
  public List<PaidMonth> recentPayments(long personId, int months) {
    return jdbc.sql(
            """
            select month, band_label, amount from elderly.allowance_payment
             where person_id = ? order by month desc limit ?""")
        .params(personId, months)
        .query(PaidMonth.class)
        .list();
  }

  private List<Row> rows(
      RegionFilter scope,
      Long personId,
      YearMonth now,
      boolean overdueOnly,
      int limit,
      long offset) {
    return jdbc.sql(
            "select * from ("
                + RECIPIENTS
                + ") q where not ? or q.due_month < ? order by q.due_month, q.person_id"
                + " limit ? offset ?")
        .params(
            settings.verificationIntervalMonths(),
            scope.unrestricted(),
            scope.codesArray(),
            personId,
            personId,
            overdueOnly,
            now.atDay(1),
            limit,
            offset)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("person_id"),
                    rs.getString("masked_name"),
                    rs.getString("region_code"),
                    rs.getObject("last_check", LocalDate.class),
                    rs.getObject("due_month", LocalDate.class),
                    rs.getObject("due_month", LocalDate.class).isBefore(now.atDay(1)),
                    rs.getLong("suspended_months"),
                    rs.getString("last_method") == null
                        ? null
                        : VerificationMethod.valueOf(rs.getString("last_method")).label(),
                    rs.getString("evidence")))
        .list();
  }
}
