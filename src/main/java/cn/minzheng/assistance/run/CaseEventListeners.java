package cn.minzheng.assistance.run;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.CaseHistory;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseTransitions;
import cn.minzheng.assistance.standards.StandardVersionAdded;
import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.HouseholdChanged;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Events that take effect on cases: a death stops the deceased from the month after death and the
 * household is recomputed for the others; a household change flags the case for review; a new
 * standard recomputes the months already run from its effective month. Idempotent: a repeated event
 * finds nothing left to change.
 */
@Component
class CaseEventListeners {

  private final JdbcClient jdbc;
  private final CaseHistory history;
  private final ApplicationEventPublisher events;
  private final MonthlyRun run;
  private final CaseTransitions transitions;
  private final LifeEventTrail trail;

  CaseEventListeners(
      JdbcClient jdbc,
      CaseHistory history,
      ApplicationEventPublisher events,
      MonthlyRun run,
      CaseTransitions transitions,
      LifeEventTrail trail) {
    this.transitions = transitions;
    this.trail = trail;
    this.jdbc = jdbc;
    this.history = history;
    this.events = events;
    this.run = run;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    YearMonth lastMonth = YearMonth.from(died.dateOfDeath());
    List<Long> cases =
        jdbc.sql(
                """
                update assistance.case_member set died_on = ?
                 where person_id = ? and died_on is null
                   and case_id in (select id from assistance.assistance_case
                                    where state not in ('REFUSED', 'ENDED'))
                returning case_id""")
            .params(died.dateOfDeath(), died.personId())
            .query(Long.class)
            .list();
    for (long caseId : cases) {
      endWhenNobodyLeft(caseId, lastMonth);
      var c =
          jdbc.sql("select household_id, type from assistance.assistance_case where id = ?")
              .param(caseId)
              .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
              .single();
      history.record(
          caseId,
          null,
          "系统",
          "member-died",
          null,
          null,
          "成员于 " + died.dateOfDeath() + " 死亡，自 " + lastMonth.plusMonths(1) + " 起停发并按剩余成员重新计算");
      events.publishEvent(
          new AssistanceEnded(
              caseId,
              (Long) c[0],
              AssistanceType.valueOf((String) c[1]),
              List.of(died.personId()),
              lastMonth,
              "死亡"));
    }
    if (!cases.isEmpty()) {
      events.publishEvent(new RecomputeFrom(lastMonth.plusMonths(1).atDay(1)));
    }
  }

  /**
   * A death recorded in error was withdrawn: the member counts again from the month after the
   * withdrawn date, a case that ended only because of that death is in force again, and the months
   * already run are recomputed (approved months get arrears through the locked-month corrections).
   * Idempotent: a second delivery finds no member with that date of death.
   */
  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    YearMonth lastMonth = YearMonth.from(withdrawn.dateOfDeath());
    List<Long> cases =
        jdbc.sql(
                """
                update assistance.case_member set died_on = null
                 where person_id = ? and died_on = ?
                returning case_id""")
            .params(withdrawn.personId(), withdrawn.dateOfDeath())
            .query(Long.class)
            .list();
    for (long caseId : cases) {
      // The one way back from 已终止: the case ended with the month of this death and nobody else
      // in it has died since, so the ending itself was the error.
      jdbc.sql(
              """
              update assistance.assistance_case c
                 set state = 'CONFIRMED', end_month = null, updated_at = now(),
                     version = version + 1
               where id = ? and state = 'ENDED' and end_month = ?
                 and exists (select 1 from assistance.case_member m
                              where m.case_id = c.id and m.included and m.died_on is null)""")
          .params(caseId, lastMonth.atDay(1))
          .update();
      jdbc.sql(
              """
              update assistance.assistance_case
                 set review_flag = concat_ws('；', review_flag, '死亡登记已撤销，已恢复并补发'),
                     updated_at = now()
               where id = ?""")
          .param(caseId)
          .update();
      history.record(
          caseId,
          null,
          "系统",
          "member-death-withdrawn",
          null,
          null,
          "成员 "
              + withdrawn.dateOfDeath()
              + " 的死亡登记已撤销（"
              + withdrawn.reason()
              + "），自 "
              + lastMonth.plusMonths(1)
              + " 起恢复，已发月份补发");
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              CaseTrail.MODULE,
              "恢复救助（案件 " + caseId + "），自 " + lastMonth.plusMonths(1) + " 起重新计算，已审批月份补发",
              "误登记死亡撤销后恢复待遇并补发（§3.6, §8）",
              "assistance-death-withdrawn:"
                  + caseId
                  + ":"
                  + withdrawn.personId()
                  + ":"
                  + withdrawn.dateOfDeath()));
    }
    if (!cases.isEmpty()) {
      events.publishEvent(new RecomputeFrom(lastMonth.plusMonths(1).atDay(1)));
    }
  }

  /**
   * When no included member is left, a confirmed case ends with the month of the last death; a case
   * still in the procedure keeps its state and is flagged for the caseworker to refuse.
   */
  private void endWhenNobodyLeft(long caseId, YearMonth lastMonth) {
    CaseState state =
        jdbc.sql(
                """
                select state from assistance.assistance_case c
                 where id = ? and not exists (select 1 from assistance.case_member m
                                               where m.case_id = c.id and m.included
                                                 and m.died_on is null)
                   for update""")
            .param(caseId)
            .query((rs, n) -> CaseState.valueOf(rs.getString(1)))
            .optional()
            .orElse(null);
    if (state == CaseState.CONFIRMED) {
      transitions.move(caseId, CaseState.CONFIRMED, CaseState.ENDED);
      jdbc.sql("update assistance.assistance_case set end_month = ? where id = ?")
          .params(lastMonth.atDay(1), caseId)
          .update();
    }
    if (state != null) {
      jdbc.sql(
              """
              update assistance.assistance_case
                 set review_flag = concat_ws('；', review_flag, '全部保障成员已死亡'),
                     updated_at = now()
               where id = ?""")
          .param(caseId)
          .update();
    }
    jdbc.sql(
            """
            update assistance.assistance_case
               set review_flag = concat_ws('；', review_flag, '成员死亡，已按剩余成员重新计算')
             where id = ? and position('死亡' in coalesce(review_flag, '')) = 0""")
        .param(caseId)
        .update();
  }

  /**
   * Reasons for review accumulate (a death and a household change are both for the reviewer to
   * see), whatever order the asynchronous events arrive in. A change that took effect before the
   * case was filed is already in its application.
   */
  @ApplicationModuleListener
  void on(HouseholdChanged changed) {
    List<Long> cases =
        jdbc.sql(
                """
                update assistance.assistance_case
                   set review_flag = case when position(:flag in coalesce(review_flag, '')) > 0
                                          then review_flag
                                          else concat_ws('；', review_flag, :flag) end,
                       updated_at = now()
                 where household_id = :household and state not in ('REFUSED', 'ENDED')
                   and applied_on <= :effective
                returning id""")
            .param("flag", "家庭变动（" + changed.change() + "），待复核")
            .param("household", changed.householdId())
            .param(
                "effective",
                changed.effectiveDate() == null ? ChinaTime.today() : changed.effectiveDate())
            .query(Long.class)
            .list();
    cases.forEach(
        id -> history.record(id, null, "系统", "household-changed", null, null, changed.change()));
  }

  @ApplicationModuleListener
  void on(StandardVersionAdded added) {
    events.publishEvent(new RecomputeFrom(added.effectiveFrom()));
  }

  /** Each programme month in a transaction of its own: a locked month becomes corrections. */
  @ApplicationModuleListener
  void on(RecomputeFrom recompute) {
    run.monthsRunSince(YearMonth.from(recompute.firstDay())).forEach(m -> run.run(m, "system"));
  }
}
