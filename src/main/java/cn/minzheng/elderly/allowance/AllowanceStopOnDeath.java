package cn.minzheng.elderly.allowance;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Death stops the allowance from the month after death. Months already computed after that month
 * are computed again (the registry now excludes the person); a month whose roster is already
 * approved cannot change, so the money paid for it is recovered by a negative adjustment in the
 * next roster. Idempotent: a second delivery finds nothing left to do.
 */
@Component
class AllowanceStopOnDeath {

  private final JdbcClient jdbc;
  private final MonthlyAllowanceRun run;
  private final Entitlements entitlements;
  private final LifeEventTrail trail;
  private final TransactionTemplate committed;

  static final String MODULE = "养老服务";

  AllowanceStopOnDeath(
      JdbcClient jdbc,
      MonthlyAllowanceRun run,
      Entitlements entitlements,
      LifeEventTrail trail,
      PlatformTransactionManager transactions) {
    this.trail = trail;
    this.jdbc = jdbc;
    this.run = run;
    this.entitlements = entitlements;
    this.committed = new TransactionTemplate(transactions);
    this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    stop(died.personId(), died.dateOfDeath(), YearMonth.from(ChinaTime.today()));
    if (receivesAllowance(died.personId())) {
      trail.record(
          new TrailEntry(
              died.personId(),
              LifeEvent.DEATH,
              died.dateOfDeath(),
              MODULE,
              "自 "
                  + YearMonth.from(died.dateOfDeath()).plusMonths(1)
                  + " 起停发高龄津贴；已审批月份的已发金额在后续名册中追回",
              "死亡次月起停发，已发放的追回（§6.2）",
              "gaoling-death:" + died.personId() + ":" + died.dateOfDeath()));
    }
  }

  private boolean receivesAllowance(long personId) {
    return jdbc.sql(
            """
            select exists (select 1 from elderly.allowance_payment where person_id = ?)
                or exists (select 1 from elderly.allowance_death_recovery where person_id = ?)""")
        .params(personId, personId)
        .query(Boolean.class)
        .single();
  }

  private record Paid(LocalDate month, BigDecimal amount, String regionCode) {}

  /**
   * Every step in a transaction of its own (a month run, a recovery): the listener's transaction
   * holds no lock while a month run waits, so several deaths at once queue in PostgreSQL instead of
   * waiting for each other where it cannot see (SimultaneousDeathsTest shows it for disability).
   */
  void stop(long personId, LocalDate dateOfDeath, YearMonth now) {
    LocalDate lastPaid = YearMonth.from(dateOfDeath).atDay(1);
    committed.executeWithoutResult(
        s ->
            jdbc.sql(
                    "delete from elderly.allowance_suspension where person_id = ? and month > ?"
                        + " and repaid_at is null")
                .params(personId, lastPaid)
                .update());
    List<Paid> after =
        jdbc.sql(
                """
                select month, amount, region_code from elderly.allowance_payment
                 where person_id = ? and month > ? order by month""")
            .params(personId, lastPaid)
            .query(Paid.class)
            .list();
    for (Paid paid : after) {
      YearMonth month = YearMonth.from(paid.month());
      try {
        run.run(month);
      } catch (MonthLockedException approved) {
        committed.executeWithoutResult(s -> recover(personId, paid, dateOfDeath, now));
      }
    }
  }

  /** A paid month whose roster is approved: the amount is recovered in a later roster. */
  private void recover(long personId, Paid paid, LocalDate dateOfDeath, YearMonth now) {
    YearMonth month = YearMonth.from(paid.month());
    YearMonth payIn = month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
    entitlements.adjust(
        personId,
        Programme.GAOLING,
        month,
        payIn,
        paid.amount().negate(),
        "死亡次月起停发，追回已发高龄津贴",
        paid.regionCode());
    jdbc.sql(
            """
                insert into elderly.allowance_death_recovery
                  (person_id, month, amount, band_label, region_code, date_of_death)
                select person_id, month, amount, band_label, region_code, ?
                  from elderly.allowance_payment where person_id = ? and month = ?
                on conflict (person_id, month) do nothing""")
        .params(dateOfDeath, personId, paid.month())
        .update();
    jdbc.sql("delete from elderly.allowance_payment where person_id = ? and month = ?")
        .params(personId, paid.month())
        .update();
  }

  /**
   * A withdrawn death: months not yet approved are computed again (the person is alive in the
   * registry again); for each approved month whose allowance was recovered the same amount is paid
   * back as arrears and the payment row restored. Idempotent: a second delivery finds no recovery
   * left and recomputes the same months to the same result.
   */
  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    restore(withdrawn.personId(), withdrawn.dateOfDeath(), YearMonth.from(ChinaTime.today()));
    if (receivesAllowance(withdrawn.personId())) {
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              MODULE,
              "恢复高龄津贴，自 " + YearMonth.from(withdrawn.dateOfDeath()).plusMonths(1) + " 起重新计算，已追回的补发",
              "误登记死亡撤销后恢复待遇并补发（§6.2, §8）",
              "gaoling-death-withdrawn:" + withdrawn.personId() + ":" + withdrawn.dateOfDeath()));
    }
  }

  void restore(long personId, LocalDate dateOfDeath, YearMonth now) {
    LocalDate lastPaid = YearMonth.from(dateOfDeath).atDay(1);
    List<LocalDate> runMonths =
        jdbc.sql(
                """
                select distinct month from elderly.allowance_payment where month > ?
                union select month from elderly.allowance_death_recovery
                 where person_id = ? and month > ?
                order by 1""")
            .params(lastPaid, personId, lastPaid)
            .query(LocalDate.class)
            .list();
    for (LocalDate first : runMonths) {
      try {
        run.run(YearMonth.from(first));
      } catch (MonthLockedException approved) {
        // paid back below when it was recovered
      }
    }
    record Recovered(LocalDate month, BigDecimal amount, String bandLabel, String regionCode) {}
    List<Recovered> recovered =
        jdbc.sql(
                """
                delete from elderly.allowance_death_recovery where person_id = ?
                returning month, amount, band_label, region_code""")
            .param(personId)
            .query(Recovered.class)
            .list();
    for (Recovered r : recovered) {
      YearMonth month = YearMonth.from(r.month());
      YearMonth payIn = month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
      LocalDate lastPayMonth =
          jdbc.sql(
                  """
                  select max(pay_month) from payments.adjustment_fact
                   where person_id = ? and programme = 'GAOLING' and for_month = ?""")
              .params(personId, r.month())
              .query((rs, n) -> rs.getObject(1, LocalDate.class))
              .optional()
              .orElse(null);
      if (lastPayMonth != null && !YearMonth.from(lastPayMonth).isBefore(payIn)) {
        payIn = YearMonth.from(lastPayMonth).plusMonths(1);
      }
      entitlements.adjust(
          personId, Programme.GAOLING, month, payIn, r.amount(), "死亡登记撤销，补发高龄津贴", r.regionCode());
      jdbc.sql(
              """
              insert into elderly.allowance_payment
                (person_id, month, amount, band_label, region_code)
              values (?, ?, ?, ?, ?) on conflict (month, person_id) do nothing""")
          .params(personId, r.month(), r.amount(), r.bandLabel(), r.regionCode())
          .update();
    }
  }
}
