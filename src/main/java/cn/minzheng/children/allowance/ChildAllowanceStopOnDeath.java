package cn.minzheng.children.allowance;

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
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child's death stops the allowance from the month after death: the case ends, months already
 * computed after the death month are computed again, and a month whose roster is already approved
 * gets a recovery in the next roster (the recovered month is kept). A guardian's death marks the
 * case for review. A withdrawn death (recorded in error) restores what the death stopped: the case
 * runs again, the applications go back to their step, months not yet approved are computed again,
 * and for an approved month the recovered amount (or the amount a roster approved without the child
 * left out) is paid as arrears. Both write to the life-event trail. Idempotent.
 */
@Component
class ChildAllowanceStopOnDeath {

  static final String MODULE = "儿童福利";
  static final String DEATH_REASON = "儿童死亡";
  static final String REJECTED_NOTE = "儿童死亡，申请终止";

  private final JdbcClient jdbc;
  private final ChildAllowanceRun run;
  private final AllowanceCases cases;
  private final Entitlements entitlements;
  private final LifeEventTrail trail;
  private final TransactionTemplate committed;

  ChildAllowanceStopOnDeath(
      JdbcClient jdbc,
      ChildAllowanceRun run,
      AllowanceCases cases,
      Entitlements entitlements,
      LifeEventTrail trail,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.run = run;
    this.cases = cases;
    this.entitlements = entitlements;
    this.trail = trail;
    this.committed = new TransactionTemplate(transactions);
    this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    boolean hadCase = hasCase(died.personId());
    stop(died.personId(), died.dateOfDeath(), YearMonth.from(ChinaTime.today()));
    if (hadCase) {
      trail.record(
          new TrailEntry(
              died.personId(),
              LifeEvent.DEATH,
              died.dateOfDeath(),
              MODULE,
              "自 "
                  + YearMonth.from(died.dateOfDeath()).plusMonths(1)
                  + " 起停发儿童基本生活费，在办申请终止；已审批月份的已发金额在后续名册中追回",
              "死亡次月起停发，已发放的追回（§儿童福利，§8）",
              "children-death:" + died.personId() + ":" + died.dateOfDeath()));
    }
  }

  private boolean hasCase(long personId) {
    return jdbc.sql(
            "select exists (select 1 from children.allowance_case where child_person_id = ?)")
        .param(personId)
        .query(Boolean.class)
        .single();
  }

  /**
   * The cases first, committed; then each month in a transaction of its own (the run's, or the
   * recovery's): the listener's own transaction holds no lock while a month run waits, so several
   * deaths at once queue in PostgreSQL instead of waiting for each other where it cannot see.
   */
  void stop(long personId, LocalDate dateOfDeath, YearMonth now) {
    YearMonth stopFrom = YearMonth.from(dateOfDeath).plusMonths(1);
    committed.executeWithoutResult(s -> stopCases(personId, stopFrom));
    recoverMonthsFrom(personId, stopFrom, dateOfDeath, now);
  }

  private void stopCases(long personId, YearMonth stopFrom) {
    for (Long id :
        jdbc.sql(
                "select id from children.allowance_case where child_person_id = ?"
                    + " and state = 'APPROVED'")
            .param(personId)
            .query(Long.class)
            .list()) {
      cases.stop(id, stopFrom, DEATH_REASON, "system");
    }
    jdbc.sql(
            """
            update children.allowance_case set state = 'REJECTED', decision_note = ?
             where child_person_id = ? and state in ('APPLIED', 'PROPOSED')""")
        .params(REJECTED_NOTE, personId)
        .update();
    jdbc.sql(
            """
            update children.allowance_case set review_due = true
             where guardian_person_id = ? and state = 'APPROVED'""")
        .param(personId)
        .update();
  }

  private record Paid(LocalDate month, String programme, BigDecimal amount, String regionCode) {}

  private void recoverMonthsFrom(
      long personId, YearMonth stopFrom, LocalDate dateOfDeath, YearMonth now) {
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
        committed.executeWithoutResult(s -> recover(personId, paid, programme, dateOfDeath, now));
      }
    }
  }

  /** A paid month whose roster is approved: the amount is recovered in a later roster. */
  private void recover(
      long personId, Paid paid, Programme programme, LocalDate dateOfDeath, YearMonth now) {
    YearMonth month = YearMonth.from(paid.month());
    entitlements.adjust(
        personId,
        programme,
        month,
        payMonth(personId, programme, month, now),
        paid.amount().negate(),
        "儿童死亡次月起停发，追回已发基本生活费",
        paid.regionCode());
    jdbc.sql(
            """
            insert into children.allowance_death_recovery
              (case_id, person_id, month, programme, category, care_type, amount, region_code,
               date_of_death)
            select case_id, person_id, month, programme, category, care_type, amount,
                   region_code, ?
              from children.allowance_payment
             where person_id = ? and month = ? and programme = ?
            on conflict (person_id, month, programme) do nothing""")
        .params(dateOfDeath, personId, paid.month(), paid.programme())
        .update();
    jdbc.sql(
            "delete from children.allowance_payment where person_id = ? and month = ?"
                + " and programme = ?")
        .params(personId, paid.month(), paid.programme())
        .update();
  }

  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    boolean restored =
        restore(withdrawn.personId(), withdrawn.dateOfDeath(), YearMonth.from(ChinaTime.today()));
    if (restored) {
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              MODULE,
              "恢复儿童基本生活费，自 "
                  + YearMonth.from(withdrawn.dateOfDeath()).plusMonths(1)
                  + " 起重新计算，已审批月份补发；终止的申请恢复办理",
              "误登记死亡撤销后恢复待遇并补发（§8）",
              "children-death-withdrawn:" + withdrawn.personId() + ":" + withdrawn.dateOfDeath()));
    }
  }

  /**
   * Restores what the death of {@code dateOfDeath} stopped; answers whether the child had a case
   * the death touched.
   */
  boolean restore(long personId, LocalDate dateOfDeath, YearMonth now) {
    YearMonth stopFrom = YearMonth.from(dateOfDeath).plusMonths(1);
    // committed first: the monthly runs are transactions of their own and must see the case running
    Boolean touched =
        committed.execute(
            s -> {
              List<Long> reopened =
                  jdbc.sql(
                          """
                          update children.allowance_case c
                             set state = 'APPROVED', stopped_from = null, end_reason = null,
                                 version = version + 1
                           where c.child_person_id = ? and c.state = 'ENDED'
                             and c.end_reason = ? and c.stopped_from = ?
                             and not exists (select 1 from children.allowance_case o
                                              where o.child_person_id = c.child_person_id
                                                and o.state in ('APPLIED', 'PROPOSED', 'APPROVED'))
                          returning c.id""")
                      .params(personId, DEATH_REASON, stopFrom.atDay(1))
                      .query(Long.class)
                      .list();
              for (long id : reopened) {
                cases.event(id, "system", "恢复发放", "死亡登记撤销，自" + stopFrom + "起恢复");
              }
              List<Long> resumed =
                  jdbc.sql(
                          """
                          update children.allowance_case c
                             set state = case when c.proposed_by is null then 'APPLIED'
                                              else 'PROPOSED' end,
                                 decision_note = null, version = version + 1
                           where c.child_person_id = ? and c.state = 'REJECTED'
                             and c.decision_note = ? and c.decided_by is null
                             and not exists (select 1 from children.allowance_case o
                                              where o.child_person_id = c.child_person_id
                                                and o.state in ('APPLIED', 'PROPOSED', 'APPROVED'))
                          returning c.id""")
                      .params(personId, REJECTED_NOTE)
                      .query(Long.class)
                      .list();
              for (long id : resumed) {
                cases.event(id, "system", "恢复办理", "死亡登记撤销，申请恢复办理");
              }
              return !reopened.isEmpty() || !resumed.isEmpty();
            });
    boolean hadRecovery = false;
    for (Programme programme : List.of(Programme.ORPHAN, Programme.UNSUPPORTED_CHILD)) {
      List<LocalDate> months =
          jdbc.sql(
                  """
                  select distinct month from children.allowance_payment
                   where programme = ? and month >= ?
                  union select month from children.allowance_death_recovery
                   where person_id = ? and programme = ? and month >= ?
                  order by 1""")
              .params(
                  programme.name(),
                  stopFrom.atDay(1),
                  personId,
                  programme.name(),
                  stopFrom.atDay(1))
              .query(LocalDate.class)
              .list();
      for (LocalDate first : months) {
        YearMonth month = YearMonth.from(first);
        try {
          run.run(programme, month);
          jdbc.sql(
                  "delete from children.allowance_death_recovery where person_id = ? and month = ?"
                      + " and programme = ?")
              .params(personId, first, programme.name())
              .update();
        } catch (MonthLockedException approved) {
          hadRecovery |= payBack(personId, programme, month, now);
        }
      }
    }
    return Boolean.TRUE.equals(touched) || hadRecovery;
  }

  /**
   * An approved month: the recovered amount, or the amount due now when the roster was approved
   * without the child, is paid as arrears and the month's payment row restored. Nothing when the
   * month is already paid.
   */
  private boolean payBack(long personId, Programme programme, YearMonth month, YearMonth now) {
    LocalDate first = month.atDay(1);
    boolean paid =
        jdbc.sql(
                "select exists (select 1 from children.allowance_payment where person_id = ?"
                    + " and month = ? and programme = ?)")
            .params(personId, first, programme.name())
            .query(Boolean.class)
            .single();
    if (paid) {
      return false;
    }
    record Due(
        long caseId, String category, String careType, BigDecimal amount, String regionCode) {}
    Optional<Due> due =
        jdbc.sql(
                """
                delete from children.allowance_death_recovery
                 where person_id = ? and month = ? and programme = ?
                returning case_id, category, care_type, amount, region_code""")
            .params(personId, first, programme.name())
            .query(Due.class)
            .optional();
    if (due.isEmpty()) {
      String select = ChildAllowanceRun.PAY_CATEGORY;
      select =
          select
              .substring(select.indexOf("select c.id"))
              .replace("p.residence_region_code\n", "p.residence_region_code as region_code\n");
      due =
          jdbc.sql(
                  "select case_id, category, care_type, amount, region_code from ("
                      + select.replace(
                          "select c.id, c.child_person_id, :month,",
                          "select c.id as case_id, c.child_person_id, :month,")
                      + " and c.child_person_id = :person) d limit 1")
              .params(
                  Map.of(
                      "month",
                      first,
                      "programme",
                      programme.name(),
                      "person",
                      personId,
                      "category",
                      categoryOf(personId)))
              .query(Due.class)
              .optional();
    }
    if (due.isEmpty()) {
      return false;
    }
    Due d = due.get();
    entitlements.adjust(
        personId,
        programme,
        month,
        payMonth(personId, programme, month, now),
        d.amount(),
        "死亡登记撤销，补发儿童基本生活费",
        d.regionCode());
    jdbc.sql(
            """
            insert into children.allowance_payment
              (case_id, person_id, month, programme, category, care_type, amount, region_code)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
        .params(
            d.caseId(),
            personId,
            first,
            programme.name(),
            d.category(),
            d.careType(),
            d.amount(),
            d.regionCode())
        .update();
    return true;
  }

  private String categoryOf(long personId) {
    return jdbc.sql(
            "select category from children.allowance_case where child_person_id = ?"
                + " order by (state = 'APPROVED') desc, id desc limit 1")
        .param(personId)
        .query(String.class)
        .optional()
        .orElse("");
  }

  /**
   * The roster month of a correction: the month after the corrected one, at the earliest next
   * month, and after any earlier correction of the same month (one line per pay month).
   */
  private YearMonth payMonth(long personId, Programme programme, YearMonth month, YearMonth now) {
    YearMonth payIn = month.plusMonths(1).isAfter(now) ? month.plusMonths(1) : now.plusMonths(1);
    while (jdbc.sql(
                "select count(*) from payments.adjustment_fact where person_id = ? and programme = ?"
                    + " and for_month = ? and pay_month = ?")
            .params(personId, programme.name(), month.atDay(1), payIn.atDay(1))
            .query(Integer.class)
            .single()
        > 0) {
      payIn = payIn.plusMonths(1);
    }
    return payIn;
  }
}
