package cn.minzheng.children.allowance;

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
 * A child's death stops the allowance from the month after death: the case ends, months already
 * computed after the death month are computed again, and a month whose roster is already approved
 * gets a recovery in the next roster. A guardian's death marks the case for review. Idempotent.
 */
@Component
class ChildAllowanceStopOnDeath {

  private final JdbcClient jdbc;
  private final ChildAllowanceRun run;
  private final AllowanceCases cases;
  private final Entitlements entitlements;

  ChildAllowanceStopOnDeath(
      JdbcClient jdbc, ChildAllowanceRun run, AllowanceCases cases, Entitlements entitlements) {
    this.jdbc = jdbc;
    this.run = run;
    this.cases = cases;
    this.entitlements = entitlements;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    stop(died.personId(), died.dateOfDeath(), YearMonth.from(ChinaTime.today()));
  }

  void stop(long personId, LocalDate dateOfDeath, YearMonth now) {
    YearMonth stopFrom = YearMonth.from(dateOfDeath).plusMonths(1);
    for (Long id :
        jdbc.sql(
                "select id from children.allowance_case where child_person_id = ?"
                    + " and state = 'APPROVED'")
            .param(personId)
            .query(Long.class)
            .list()) {
      cases.stop(id, stopFrom, "儿童死亡", "system");
    }
    jdbc.sql(
            """
            update children.allowance_case set state = 'REJECTED', decision_note = '儿童死亡，申请终止'
             where child_person_id = ? and state in ('APPLIED', 'PROPOSED')""")
        .param(personId)
        .update();
    jdbc.sql(
            """
            update children.allowance_case set review_due = true
             where guardian_person_id = ? and state = 'APPROVED'""")
        .param(personId)
        .update();
    record Paid(LocalDate month, String programme, BigDecimal amount, String regionCode) {}
    List<Paid> after =
        jdbc.sql(
                """
                select month, programme, amount, region_code from children.allowance_payment
                 where person_id = ? and month >= ? order by month""")
            .params(personId, stopFrom.atDay(1))
            .query(Paid.class)
            .list();
    for (Paid paid : after) {
      YearMonth month = YearMonth.from(paid.month());
      Programme programme = Programme.valueOf(paid.programme());
      try {
        run.run(programme, month);
      } catch (MonthLockedException approved) {
        YearMonth payIn =
            month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
        entitlements.adjust(
            personId,
            programme,
            month,
            payIn,
            paid.amount().negate(),
            "儿童死亡次月起停发，追回已发基本生活费",
            paid.regionCode());
        jdbc.sql(
                "delete from children.allowance_payment where person_id = ? and month = ?"
                    + " and programme = ?")
            .params(personId, paid.month(), paid.programme())
            .update();
      }
    }
  }
}
