package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading rosters, always inside the caller's data scope: a roster of another district is "not
 * found" (404), by list, by id, by lines and by export.
 */
@Service
public class Rosters {

  public static final Set<String> SORTS = Set.of("month", "district_code", "state", "id");
  private static final String COLUMNS =
      "id, programme, month, district_code, state, people, total_amount, made_by, made_at,"
          + " approved_by, approved_at, sent_at, reconciled_at";
  private static final String WHERE =
      """
       where (cast(:programme as text) is null or programme = :programme)
         and (cast(:month as date) is null or month = :month)
         and (cast(:district as text) is null or district_code = :district)
         and (cast(:state as text) is null or state = :state)
         and (:unrestricted or district_code = any(cast(:scope as text[])))""";

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  Rosters(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  public PageResult<RosterSummary> search(RosterFilter filter, PageQuery page) {
    Map<String, Object> p = new HashMap<>();
    p.put("programme", filter.programme() == null ? null : filter.programme().name());
    p.put("month", filter.month() == null ? null : filter.month().atDay(1));
    p.put("district", filter.districtCode());
    p.put("state", filter.state() == null ? null : filter.state().name());
    RegionFilter scope = dataScope.current();
    p.put("unrestricted", scope.unrestricted());
    p.put("scope", scope.codesArray());
    long total =
        jdbc.sql("select count(*) from payments.roster " + WHERE)
            .params(p)
            .query(Long.class)
            .single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    // orderBy() is safe: PageQuery.of whitelisted the field against SORTS.
    List<RosterSummary> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from payments.roster "
                    + WHERE
                    + " order by "
                    + page.orderBy()
                    + ", id desc limit :limit offset :offset")
            .params(p)
            .query(Rosters::summary)
            .list();
    return new PageResult<>(items, page, total);
  }

  /** The roster, or 404 when it does not exist or lies outside the caller's scope. */
  public RosterSummary get(long id) {
    RosterSummary roster =
        jdbc.sql("select " + COLUMNS + " from payments.roster where id = ?")
            .param(id)
            .query(Rosters::summary)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("roster"));
    dataScope.requireInScope(roster.districtCode());
    return roster;
  }

  public PageResult<RosterLine> lines(long rosterId, PageQuery page) {
    get(rosterId);
    RegionFilter scope = dataScope.current();
    Map<String, Object> p = new HashMap<>();
    p.put("roster", rosterId);
    p.put("unrestricted", scope.unrestricted());
    p.put("scope", scope.codesArray());
    String where =
        " from payments.roster_line l left join payments.payment_result pr on pr.line_id = l.id"
            + " where l.roster_id = :roster"
            + " and (:unrestricted or l.region_code = any(cast(:scope as text[])))";
    long total = jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<RosterLine> items =
        jdbc.sql(
                "select l.id, l.person_id, l.region_code, l.amount, l.kind, l.reissue_of,"
                    + " l.holder_name, l.account_masked, pr.status, pr.reason,"
                    + " (select op.credit_code from payments.organisation_payee op"
                    + " where op.id = l.person_id) as payee_credit_code"
                    + where
                    + " order by l.id limit :limit offset :offset")
            .params(p)
            .query(
                (rs, n) ->
                    new RosterLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11)))
            .list();
    return new PageResult<>(items, page, total);
  }

  static RosterSummary summary(ResultSet rs, int row) throws SQLException {
    return new RosterSummary(
        rs.getLong("id"),
        Programme.valueOf(rs.getString("programme")),
        YearMonth.from(rs.getDate("month").toLocalDate()),
        rs.getString("district_code"),
        RosterState.valueOf(rs.getString("state")),
        rs.getInt("people"),
        rs.getBigDecimal("total_amount"),
        rs.getString("made_by"),
        instant(rs.getTimestamp("made_at")),
        rs.getString("approved_by"),
        instant(rs.getTimestamp("approved_at")),
        instant(rs.getTimestamp("sent_at")),
        instant(rs.getTimestamp("reconciled_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
