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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
  private final DataScope scope;
  private final TransactionTemplate tx;
  private final ApprovedMonths approved;

  SubsidyCorrections(
      JdbcClient jdbc,
      MonthlySubsidyRun run,
      Entitlements entitlements,
      DataScope scope,
      PlatformTransactionManager transactions,
      ApprovedMonths approved) {
    this.jdbc = jdbc;
    this.approved = approved;
    this.scope = scope;
    this.run = run;
    this.entitlements = entitlements;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Recomputes the months from {@code from} on for the persons; call it after the change committed.
   * Every month run and every correction is a transaction of its own: the caller (an event
   * listener, itself in a transaction) must never hold locks of its own while it waits for them, or
   * two listeners recomputing at once wait for each other where PostgreSQL cannot see the cycle (it
   * was seen: eight listener threads stuck for good, every other module's events queued behind
   * them). Only the persons' rows are computed again ({@link MonthlySubsidyRun#runFor}); a street's
   * confirmation sets it off inside the street's request, but payments receives the month whole: it
   * runs across regions, or the month would be handed over with the street's rows alone.
   */
  public void recompute(Collection<Long> persons, YearMonth from, String reason) {
    if (persons.isEmpty()) {
      return;
    }
    scope.acrossRegions(() -> recomputeEverywhere(persons, from, reason));
  }

  private void recomputeEverywhere(Collection<Long> persons, YearMonth from, String reason) {
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
          run.runFor(subsidy, month, persons);
        } catch (MonthLockedException locked) {
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
    BigDecimal held = approved.held(person, subsidy.programme(), month);
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
    YearMonth payIn = approved.payMonth(person, subsidy.programme(), month, now);
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
