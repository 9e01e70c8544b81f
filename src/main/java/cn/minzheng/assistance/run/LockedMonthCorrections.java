package cn.minzheng.assistance.run;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A month whose roster is approved cannot be replaced: what changed for it since (a death, a new
 * standard, a review taking effect in the past) becomes arrears or recoveries paid in a later month
 * through {@code Entitlements.adjust} — the month recomputed as it is now, against what was
 * approved plus the corrections already made. Idempotent per person, month and pay month.
 */
@Component
class LockedMonthCorrections {

  private final JdbcClient jdbc;
  private final Entitlements entitlements;

  LockedMonthCorrections(JdbcClient jdbc, Entitlements entitlements) {
    this.jdbc = jdbc;
    this.entitlements = entitlements;
  }

  int correct(Programme programme, YearMonth month, YearMonth payMonth) {
    List<Object> params = new ArrayList<>();
    params.add(month.atDay(1));
    params.add(programme.name());
    params.add(month.atDay(1));
    params.add(programme.name());
    params.add(month.atDay(1));
    List<Difference> differences =
        jdbc.sql(
                "with now_due as ("
                    + MonthlyRun.QUERIES.get(programme)
                    + """
                    ), was as (
                      select person_id, sum(amount) as amount, max(region_code) as region_code
                        from (select person_id, amount, region_code from payments.entitlement_fact
                               where programme = ? and month = ?
                              union all
                              select person_id, amount, region_code from payments.adjustment_fact
                               where programme = ? and for_month = ?) x
                       group by person_id)
                    select coalesce(n.person_id, w.person_id),
                           coalesce(n.amount, 0) - coalesce(w.amount, 0),
                           coalesce(n.region_code, w.region_code)
                      from now_due n full join was w on w.person_id = n.person_id
                     where coalesce(n.amount, 0) <> coalesce(w.amount, 0)""")
            .params(params)
            .query((rs, i) -> new Difference(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3)))
            .list();
    for (Difference d : differences) {
      entitlements.adjust(
          d.personId(),
          programme,
          month,
          freePayMonth(d.personId(), programme, month, payMonth),
          d.amount(),
          d.amount().signum() > 0 ? "补发：" + month + " 待遇变化" : "追回：" + month + " 待遇变化",
          d.regionCode());
    }
    return differences.size();
  }

  /**
   * A difference is always new (it is computed against the corrections already made), but payments
   * keeps one correction per person, month and pay month: a second change of the same month in the
   * same pay month (a death recorded and withdrawn before the next roster) is paid a month later
   * instead of being lost.
   */
  private YearMonth freePayMonth(
      long personId, Programme programme, YearMonth month, YearMonth payMonth) {
    return jdbc.sql(
            """
            select max(pay_month) from payments.adjustment_fact
             where person_id = ? and programme = ? and for_month = ? and pay_month >= ?""")
        .params(personId, programme.name(), month.atDay(1), payMonth.atDay(1))
        .query((rs, i) -> rs.getObject(1, java.time.LocalDate.class))
        .optional()
        .filter(java.util.Objects::nonNull)
        .map(last -> YearMonth.from(last).plusMonths(1))
        .orElse(payMonth);
  }

  private record Difference(long personId, BigDecimal amount, String regionCode) {}
}
