package cn.minzheng.disability.subsidy;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.DisabilityRated;
import cn.minzheng.registry.DisabilityRemoved;
import cn.minzheng.registry.PersonDied;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules tell the subsidies: a rating or its removal (kept as history; either counts
 * from the month after its date, so a back-dated one corrects months already computed), 低保 granted
 * or ended (the living subsidy follows it), a death (stops both from the month after death). Each
 * records the fact in a transaction of its own (committed, so that the recomputed months, which run
 * in transactions of their own, see it), then recomputes the months it touches; a second delivery
 * changes nothing.
 */
@Component
class SubsidyEvents {

  private final JdbcClient jdbc;
  private final SubsidyCorrections corrections;
  private final TransactionTemplate committed;
  private final LifeEventTrail trail;

  static final String MODULE = "残疾人福利";

  SubsidyEvents(
      JdbcClient jdbc,
      SubsidyCorrections corrections,
      PlatformTransactionManager transactions,
      LifeEventTrail trail) {
    this.jdbc = jdbc;
    this.trail = trail;
    this.corrections = corrections;
    this.committed = new TransactionTemplate(transactions);
    this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(DisabilityRated rated) {
    committed.executeWithoutResult(
        s ->
            jdbc.sql(
                    """
                    insert into disability.rating (person_id, category, grade, certificate_date)
                    values (?, ?, ?, ?)
                    on conflict on constraint rating_once do nothing""")
                .params(rated.personId(), rated.category(), rated.grade(), rated.certificateDate())
                .update());
    if (rated.certificateDate() != null) {
      corrections.recompute(
          List.of(rated.personId()),
          YearMonth.from(rated.certificateDate()).plusMonths(1),
          "残疾评定（证书日期 " + rated.certificateDate() + "）");
    }
  }

  /**
   * A disability removed or a certificate cancelled: kept in the rating history as a removal in
   * force from the month after its date (the removal month itself is still paid); months computed
   * from then on are recomputed, an approved one recovered in a later roster.
   */
  @ApplicationModuleListener
  void on(DisabilityRemoved removed) {
    committed.executeWithoutResult(
        s ->
            jdbc.sql(
                    """
                    insert into disability.rating (person_id, certificate_date, removed_reason)
                    values (?, ?, ?)
                    on conflict on constraint rating_once do nothing""")
                .params(removed.personId(), removed.effectiveOn(), removed.reason())
                .update());
    corrections.recompute(
        List.of(removed.personId()),
        YearMonth.from(removed.effectiveOn()).plusMonths(1),
        "残疾人证注销（" + removed.effectiveOn() + "，" + removed.reason() + "）");
  }

  @ApplicationModuleListener
  void on(AssistanceGranted granted) {
    if (granted.type() != AssistanceType.DIBAO) {
      return;
    }
    committed.executeWithoutResult(s -> cover(granted));
    corrections.recompute(granted.personIds(), granted.fromMonth(), "家庭纳入低保");
  }

  private void cover(AssistanceGranted granted) {
    for (long person : granted.personIds()) {
      jdbc.sql(
              """
              insert into disability.dibao_coverage (case_id, person_id, from_month)
              values (?, ?, ?)
              on conflict (case_id, person_id) do update set from_month = excluded.from_month""")
          .params(granted.caseId(), person, granted.fromMonth().atDay(1))
          .update();
    }
  }

  @ApplicationModuleListener
  void on(AssistanceEnded ended) {
    if (ended.type() != AssistanceType.DIBAO) {
      return;
    }
    committed.executeWithoutResult(
        s -> {
          for (long person : ended.personIds()) {
            jdbc.sql(
                    "update disability.dibao_coverage set last_month = ?"
                        + " where case_id = ? and person_id = ?")
                .params(ended.lastMonth().atDay(1), ended.caseId(), person)
                .update();
          }
        });
    corrections.recompute(ended.personIds(), ended.lastMonth().plusMonths(1), "家庭退出低保");
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    YearMonth from = YearMonth.from(died.dateOfDeath()).plusMonths(1);
    corrections.recompute(List.of(died.personId()), from, "死亡次月起停发");
    if (isRecipient(died.personId())) {
      committed.executeWithoutResult(
          s ->
              trail.record(
                  new TrailEntry(
                      died.personId(),
                      LifeEvent.DEATH,
                      died.dateOfDeath(),
                      MODULE,
                      "自 " + from + " 起停发残疾人两项补贴；已审批月份的已发金额在后续名册中追回",
                      "死亡次月起停发，已发放的追回（§5）",
                      "disability-subsidy-death:" + died.personId() + ":" + died.dateOfDeath())));
    }
  }

  /**
   * A withdrawn death: the months from the one after the withdrawn death are computed again (the
   * person is alive in the registry again); for an approved month the difference (what the death
   * recovered, or what a roster approved without the person left out) is paid as arrears. A second
   * delivery finds no difference.
   */
  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    YearMonth from = YearMonth.from(withdrawn.dateOfDeath()).plusMonths(1);
    corrections.recompute(List.of(withdrawn.personId()), from, "死亡登记撤销");
    if (isRecipient(withdrawn.personId())) {
      committed.executeWithoutResult(
          s ->
              trail.record(
                  new TrailEntry(
                      withdrawn.personId(),
                      LifeEvent.DEATH_WITHDRAWN,
                      withdrawn.dateOfDeath(),
                      MODULE,
                      "恢复残疾人两项补贴，自 " + from + " 起重新计算，已审批月份补发",
                      "误登记死亡撤销后恢复待遇并补发（§5, §8）",
                      "disability-subsidy-death-withdrawn:"
                          + withdrawn.personId()
                          + ":"
                          + withdrawn.dateOfDeath())));
    }
  }

  private boolean isRecipient(long personId) {
    return jdbc.sql(
            "select exists (select 1 from disability.recipient where person_id = ?"
                + " and status = 'CONFIRMED')")
        .param(personId)
        .query(Boolean.class)
        .single();
  }
}
