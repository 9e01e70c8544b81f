package cn.minzheng.disability.subsidy;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun.Due;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.platform.DataScope;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a fact changed for past months (a back-dated rating, a confirmation by the street, a death,
 * 低保 granted or ended): every month already computed from {@code from} on is computed again; a
 * month whose roster is approved cannot change, so the difference between what the rules give now
 * and what payments holds for it (entitlement plus earlier corrections) becomes an arrears or a
 * recovery line in a later roster. Idempotent: a second call finds no difference.
 */
@Service
public class SubsidyCorrections {

  private final JdbcClient jdbc;
  private final MonthlySubsidyRun run;
  private final Entitlements entitlements;
  private final TransactionTemplate tx;
  private final DataScope scope;

  SubsidyCorrections(
      JdbcClient jdbc,
      MonthlySubsidyRun run,
      Entitlements entitlements,
      TransactionTemplate tx,
      DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.run = run;
    this.entitlements = entitlements;
    this.tx = tx;
  }

  /**
   * Recomputes the months from {@code from} on for the persons; call it after the change committed
   * (the runs are transactions of their own).
   */
  public void recompute(Collection<Long> persons, YearMonth from, String reason) {
    if (persons.isEmpty()) {
      return;
    }
    // a month's run is the whole city's (set-based), also when a street's confirmation starts it:
    // the street's row scope would leave the other streets' months half-written
    scope.acrossRegions(() -> recomputeCityWide(persons, from, reason));
  }

  private void recomputeCityWide(Collection<Long> persons, YearMonth from, String reason) {
    YearMonth now = YearMonth.from(ChinaTime.today());
    for (Subsidy subsidy : Subsidy.values()) {
      List<LocalDate> months =
          jdbc.sql(
                  "select month from disability.run_month where subsidy = ? and month >= ?"
                      + " order by month")
              .params(subsidy.name(), from.atDay(1))
              .query(LocalDate.class)
              .list();
      for (LocalDate m : months) {
        YearMonth month = YearMonth.from(m);
        try {
          run.run(subsidy, month);
        } catch (MonthLockedException approved) {
          for (long person : persons) {
            tx.executeWithoutResult(s -> correct(subsidy, month, person, reason, now));
          }
        }
      }
    }
  }

  private void correct(
      Subsidy subsidy, YearMonth month, long person, String reason, YearMonth now) {
    Optional<Due> due = run.dueFor(subsidy, month, person).filter(d -> confirmed(person, subsidy));
    BigDecimal should = due.map(Due::amount).orElse(BigDecimal.ZERO);
    BigDecimal held =
        jdbc.sql(
                """
                select coalesce((select amount from payments.entitlement_fact
                                  where person_id = :p and programme = :prog and month = :m), 0)
                     + coalesce((select sum(amount) from payments.adjustment_fact
                                  where person_id = :p and programme = :prog and for_month = :m), 0)
                """)
            .param("p", person)
            .param("prog", subsidy.programme().name())
            .param("m", month.atDay(1))
            .query(BigDecimal.class)
            .single();
    BigDecimal difference = should.subtract(held);
    if (difference.signum() == 0) {
      return;
    }
    String region =
        due.map(Due::regionCode)
            .orElseGet(
                () ->
                    jdbc.sql(
                            "select region_code from disability.recipient"
                                + " where person_id = ? and subsidy = ?")
                        .params(person, subsidy.name())
                        .query(String.class)
                        .single());
    YearMonth payIn = month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
    while (jdbc.sql(
                "select count(*) from payments.adjustment_fact where person_id = ? and programme = ?"
                    + " and for_month = ? and pay_month = ?")
            .params(person, subsidy.programme().name(), month.atDay(1), payIn.atDay(1))
            .query(Integer.class)
            .single()
        > 0) {
      payIn = payIn.plusMonths(1);
    }
    String text = (difference.signum() > 0 ? "补发：" : "追回：") + reason;
    entitlements.adjust(person, subsidy.programme(), month, payIn, difference, text, region);
    jdbc.sql(
            """
            insert into disability.correction
                   (person_id, subsidy, for_month, pay_month, amount, reason, region_code)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(person, subsidy.name(), month.atDay(1), payIn.atDay(1), difference, text, region)
        .update();
    jdbc.sql(
            "delete from disability.eligible_month where subsidy = ? and month = ? and person_id = ?")
        .params(subsidy.name(), month.atDay(1), person)
        .update();
    due.ifPresent(
        d ->
            jdbc.sql(
                    """
                    insert into disability.eligible_month
                           (person_id, subsidy, month, amount, category, grade, region_code, paid)
                    values (?, ?, ?, ?, ?, ?, ?, true)""")
                .params(
                    person,
                    subsidy.name(),
                    month.atDay(1),
                    d.amount(),
                    d.category(),
                    d.grade(),
                    d.regionCode())
                .update());
  }

  private boolean confirmed(long person, Subsidy subsidy) {
    return jdbc.sql(
                "select count(*) from disability.recipient where person_id = ? and subsidy = ?"
                    + " and status = 'CONFIRMED'")
            .params(person, subsidy.name())
            .query(Integer.class)
            .single()
        > 0;
  }
}
