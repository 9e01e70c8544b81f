package cn.minzheng.monitoring.warnings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue warnings (not handled by their deadline) move up one level: community → street → district
 * → city, with a fresh deadline of the rule's length and a history row.
 */
@Service
public class WarningEscalation {

  static final String CITY = "510100000000";

  private final JdbcClient jdbc;

  WarningEscalation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(
      cron = "${minzheng.monitoring.warnings.escalation:0 0 3 * * *}",
      zone = "Asia/Shanghai")
  @Transactional
  public int escalateOverdue() {
    return jdbc.sql(
            """
            with escalated as (
              update monitoring.warning w
                 set assignee_region_code =
                       case when substr(w.assignee_region_code, 10, 3) <> '000'
                              then substr(w.assignee_region_code, 1, 9) || '000'
                            when substr(w.assignee_region_code, 7, 3) <> '000'
                              then substr(w.assignee_region_code, 1, 6) || '000000'
                            else ? end,
                     escalations = w.escalations + 1,
                     deadline = (now() at time zone 'Asia/Shanghai')::date + r.deadline_days
                from monitoring.warning_rule r
               where r.code = w.rule_code and w.state in ('NEW', 'ASSIGNED')
                 and w.deadline < (now() at time zone 'Asia/Shanghai')::date and w.assignee_region_code <> ?
              returning w.id, w.state, w.assignee_region_code)
            insert into monitoring.warning_history (warning_id, by_user, from_state, to_state, note)
            select id, 'system', state, state, '逾期未处置，升级至 ' || assignee_region_code from escalated""")
        .params(CITY, CITY)
        .update();
  }
}
