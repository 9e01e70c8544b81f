package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.Masking;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The exceptions of a roster at a glance, for the approver: how many lines carry each {@link
 * LineException}, what is held out of the bank file, and who was paid last month but is not on this
 * roster (dropped). Inside the caller's scope like every roster read.
 */
@Service
public class RosterExceptions {

  /** Programmes paid every month: only for them "new", "changed" and "dropped" mean something. */
  private static final Set<Programme> MONTHLY =
      Set.of(
          Programme.DIBAO,
          Programme.TEKUN,
          Programme.GAOLING,
          Programme.DISABILITY_LIVING,
          Programme.DISABILITY_CARE,
          Programme.ORPHAN,
          Programme.UNSUPPORTED_CHILD);

  /** The dropped persons listed on the page; the count covers all. */
  public static final int DROPPED_SHOWN = 200;

  private final JdbcClient jdbc;
  private final Rosters rosters;
  private final DistrictMap districts;
  private final DataScope dataScope;

  RosterExceptions(JdbcClient jdbc, Rosters rosters, DistrictMap districts, DataScope dataScope) {
    this.jdbc = jdbc;
    this.rosters = rosters;
    this.districts = districts;
    this.dataScope = dataScope;
  }

  public static boolean monthly(Programme programme) {
    return MONTHLY.contains(programme);
  }

  /**
   * A death matters to a line unless the programme pays because of a death (惠民殡葬补贴, to the family)
   * or pays an organisation (专项资金).
   */
  public static boolean deathsMatter(Programme programme) {
    return programme != Programme.FUNERAL && programme != Programme.SPECIAL_FUND;
  }

  /** Lines per exception; the held lines and their money; the dropped persons. */
  public record Summary(
      Map<LineException, Long> counts,
      long lines,
      long held,
      BigDecimal heldAmount,
      long dropped,
      List<DroppedPayee> droppedShown) {

    /** Lines that go into the bank file and their money. */
    public long payable() {
      return lines - held;
    }
  }

  /** Paid last month (the entitlement of the month before), not on this roster's month. */
  public record DroppedPayee(
      long personId, String personName, String regionCode, BigDecimal previousAmount) {}

  public Summary of(long rosterId) {
    RosterSummary roster = rosters.get(rosterId);
    RegionFilter scope = dataScope.current();
    Map<String, Object> p = new HashMap<>();
    p.put("roster", rosterId);
    p.put("monthly", monthly(roster.programme()));
    p.put("unrestricted", scope.unrestricted());
    p.put("scope", scope.codesArray());
    String counts =
        Arrays.stream(LineException.values())
            .map(e -> "count(*) filter (where " + e.condition() + ")")
            .collect(Collectors.joining(", "));
    Map<LineException, Long> byException = new EnumMap<>(LineException.class);
    long[] totals = new long[2];
    BigDecimal[] heldAmount = {BigDecimal.ZERO};
    jdbc.sql(
            "select "
                + counts
                + """
                , count(*), count(*) filter (where l.account_issue is not null),
                  coalesce(sum(l.amount) filter (where l.account_issue is not null), 0)
                  from payments.roster_line l
                 where l.roster_id = :roster
                   and (:unrestricted or l.region_code = any(cast(:scope as text[])))""")
        .params(p)
        .query(
            rs -> {
              LineException[] all = LineException.values();
              for (int i = 0; i < all.length; i++) {
                byException.put(all[i], rs.getLong(i + 1));
              }
              totals[0] = rs.getLong(all.length + 1);
              totals[1] = rs.getLong(all.length + 2);
              heldAmount[0] = rs.getBigDecimal(all.length + 3);
            });
    long dropped = 0;
    List<DroppedPayee> shown = List.of();
    if (monthly(roster.programme())) {
      droppedParams(p, roster);
      // across regions: a payee who moved to another district is paid there, not dropped (the
      // query filters by the caller's scope itself)
      dropped =
          dataScope.acrossRegions(
              () -> jdbc.sql("select count(*)" + DROPPED).params(p).query(Long.class).single());
      p.put("limit", DROPPED_SHOWN);
      shown = dataScope.acrossRegions(() -> droppedShown(p));
    }
    return new Summary(byException, totals[0], totals[1], heldAmount[0], dropped, shown);
  }

  private List<DroppedPayee> droppedShown(Map<String, Object> p) {
    return jdbc.sql(
            "select prev.person_id, pf.name, prev.region_code, prev.amount"
                + DROPPED
                + " order by prev.region_code, prev.person_id limit :limit")
        .params(p)
        .query(
            (rs, n) ->
                new DroppedPayee(
                    rs.getLong(1),
                    Masking.publicName(rs.getString(2)),
                    rs.getString(3),
                    rs.getBigDecimal(4)))
        .list();
  }

  /**
   * Entitlements of the month before in the roster's district (and the caller's scope) whose person
   * has none of the programme in the roster's month.
   */
  private static final String DROPPED =
      """
       from payments.entitlement prev
       left join registry.person_fact pf on pf.id = prev.person_id
      where prev.programme = :programme and prev.month = :previousMonth
        and prev.region_code = any(cast(:districtCodes as text[]))
        and (:unrestricted or prev.region_code = any(cast(:scope as text[])))
        and not exists (select 1 from payments.entitlement e
                         where e.person_id = prev.person_id and e.programme = prev.programme
                           and e.month = :month)""";

  private void droppedParams(Map<String, Object> p, RosterSummary roster) {
    DistrictMap.Pairs pairs = districts.within(RegionFilter.all());
    List<String> codes =
        IntStream.range(0, pairs.codes().length)
            .filter(i -> pairs.districts()[i].equals(roster.districtCode()))
            .mapToObj(i -> pairs.codes()[i])
            .toList();
    YearMonth month = roster.month();
    p.put("programme", roster.programme().name());
    p.put("month", month.atDay(1));
    p.put("previousMonth", month.minusMonths(1).atDay(1));
    p.put("districtCodes", codes.toArray(String[]::new));
  }
}
