package cn.minzheng.children.allowance;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * One scheme only: a child qualifying as orphan and as 特困 receives one of them (国办发〔2010〕54号;
 * domain-rules §4.3). The assistance module's events tell which persons 特困供养 covers from which
 * month; an orphan's allowance is not paid for a month 特困 covers, a county may not approve the
 * orphan allowance while 特困 covers the child, and an approved orphan case that 特困 reaches is marked
 * for review so that the caseworker records which scheme the guardian chose.
 */
@Component
public class TekunCoverage {

  private final JdbcClient jdbc;

  TekunCoverage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(AssistanceGranted granted) {
    if (granted.type() != AssistanceType.TEKUN) {
      return;
    }
    for (Long person : granted.personIds()) {
      jdbc.sql(
              """
              insert into children.tekun_coverage (person_id, case_id, from_month)
              values (?, ?, ?)
              on conflict (person_id, case_id) do update set from_month = excluded.from_month,
                     last_month = null""")
          .params(person, granted.caseId(), granted.fromMonth().atDay(1))
          .update();
    }
    markForReview(granted.personIds());
  }

  @ApplicationModuleListener
  void on(AssistanceEnded ended) {
    if (ended.type() != AssistanceType.TEKUN) {
      return;
    }
    jdbc.sql(
            "update children.tekun_coverage set last_month = ? where case_id = ?"
                + " and person_id = any(?) and last_month is null")
        .params(ended.lastMonth().atDay(1), ended.caseId(), ended.personIds().toArray(Long[]::new))
        .update();
  }

  /** Whether 特困 covers the person in the month of {@code day}. */
  public boolean covers(long personId, LocalDate day) {
    LocalDate month = YearMonth.from(day).atDay(1);
    return jdbc.sql(
            """
            select exists (select 1 from children.tekun_coverage where person_id = ?
                             and from_month <= ? and (last_month is null or last_month >= ?))""")
        .params(personId, month, month)
        .query(Boolean.class)
        .single();
  }

  private void markForReview(List<Long> persons) {
    jdbc.sql(
            """
            with marked as (
              update children.allowance_case c set review_due = true, version = version + 1
                from children.category k
               where k.code = c.category and k.kind = 'ORPHAN' and c.state = 'APPROVED'
                 and c.child_person_id = any(?)
              returning c.id)
            insert into children.case_event (case_id, actor, action, note)
            select id, 'system', '已纳入特困供养',
                   '孤儿基本生活费与特困供养只能选择一项：特困供养期间孤儿基本生活费暂停发放，请与监护人确认选择'
              from marked""")
        .param(persons.toArray(Long[]::new))
        .update();
  }
}
