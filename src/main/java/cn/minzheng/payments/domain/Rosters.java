package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.Masking;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
    return lines(rosterId, null, page);
  }

  /** A page of the roster's lines, only those with {@code exception} when it is given. */
  public PageResult<RosterLine> lines(long rosterId, LineException exception, PageQuery page) {
    RosterSummary roster = get(rosterId);
    Map<String, Object> p = lineParams(roster);
    String where = LINES_FROM + (exception == null ? "" : " and " + exception.condition());
    long total = jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<RosterLine> items =
        jdbc.sql(LINE_COLUMNS + where + " order by l.id limit :limit offset :offset")
            .params(p)
            .query((rs, n) -> line(rs))
            .list();
    return new PageResult<>(items, page, total);
  }

  /** Every line (with {@code exception} when given) in order, streamed: the Excel export. */
  public void eachLine(long rosterId, LineException exception, Consumer<RosterLine> sink) {
    RosterSummary roster = get(rosterId);
    String where = LINES_FROM + (exception == null ? "" : " and " + exception.condition());
    jdbc.sql(LINE_COLUMNS + where + " order by l.id")
        .params(lineParams(roster))
        .query(
            rs -> {
              sink.accept(line(rs));
            });
  }

  private static final String LINES_FROM =
      """
       from payments.roster_line l
       left join payments.payment_result pr on pr.line_id = l.id
       left join registry.person_fact p on p.id = l.person_id
       left join payments.organisation_payee op on op.id = l.person_id
       left join payments.roster_line x on x.reissue_of = l.id
      where l.roster_id = :roster
        and (:unrestricted or l.region_code = any(cast(:scope as text[])))""";

  /** The line's columns, and one boolean per exception, computed by the exception's own rule. */
  private static final String LINE_COLUMNS =
      "select l.id, l.person_id, coalesce(p.name, op.name), l.region_code, l.amount, l.kind, l.reissue_of,"
          + " l.holder_name, l.account_masked, pr.status, pr.reason, l.previous_amount,"
          + " l.died_on, x.roster_id, op.credit_code"
          + Arrays.stream(LineException.values())
              .map(e -> ", coalesce(" + e.condition() + ", false) as x_" + e.name())
              .collect(Collectors.joining());

  private Map<String, Object> lineParams(RosterSummary roster) {
    RegionFilter scope = dataScope.current();
    Map<String, Object> p = new HashMap<>();
    p.put("roster", roster.id());
    p.put("monthly", RosterExceptions.monthly(roster.programme()));
    p.put("unrestricted", scope.unrestricted());
    p.put("scope", scope.codesArray());
    return p;
  }

  private static RosterLine line(ResultSet rs) throws SQLException {
    List<LineException> exceptions = new ArrayList<>();
    for (LineException e : LineException.values()) {
      if (rs.getBoolean("x_" + e.name())) {
        exceptions.add(e);
      }
    }
    String creditCode = rs.getString(15);
    return new RosterLine(
        rs.getLong(1),
        rs.getLong(2),
        // an organisation's name is public; a person's is masked
        creditCode != null ? rs.getString(3) : Masking.publicName(rs.getString(3)),
        rs.getString(4),
        rs.getBigDecimal(5),
        rs.getString(6),
        rs.getObject(7, Long.class),
        creditCode != null ? rs.getString(8) : Masking.publicName(rs.getString(8)),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getBigDecimal(12),
        rs.getObject(13, LocalDate.class),
        List.copyOf(exceptions),
        rs.getObject(14, Long.class),
        creditCode);
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
