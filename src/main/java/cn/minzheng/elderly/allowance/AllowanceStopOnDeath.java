package cn.minzheng.elderly.allowance;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

  AllowanceStopOnDeath(JdbcClient jdbc, MonthlyAllowanceRun run, Entitlements entitlements) {
    this.jdbc = jdbc;
    this.run = run;
    this.entitlements = entitlements;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    stop(died.personId(), died.dateOfDeath(), YearMonth.from(ChinaTime.today()));
  }

  void stop(long personId, LocalDate dateOfDeath, YearMonth now) {
    LocalDate lastPaid = YearMonth.from(dateOfDeath).atDay(1);
    jdbc.sql(
            "delete from elderly.allowance_suspension where person_id = ? and month > ?"
                + " and repaid_at is null")
        .params(personId, lastPaid)
        .update();
    record Paid(LocalDate month, BigDecimal amount, String regionCode) {}
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
        YearMonth payIn =
            month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
        entitlements.adjust(
            personId,
            Programme.GAOLING,
            month,
            payIn,
            paid.amount().negate(),
            "死亡次月起停发，追回已发高龄津贴",
            paid.regionCode());
        jdbc.sql("delete from elderly.allowance_payment where person_id = ? and month = ?")
            .params(personId, paid.month())
            .update();
      }
    }
  }
}
