package cn.minzheng.elderly.demo;

import cn.minzheng.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's 静默认证, set-based: the same rule as {@code SilentExistenceChecks} (the newest enabled
 * trace within its maximum age, newer than the last check) for every recipient at once, as checks
 * of method SILENT with their evidence. Demo only: the production path records (and audits) each
 * check through {@code ExistenceChecks.recordSilent}.
 */
@Component
class DemoSilentChecks {

  private final JdbcClient jdbc;

  DemoSilentChecks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int confirm() {
    int n =
        jdbc.sql(
                """
                insert into elderly.existence_verification
                  (person_id, verified_on, method, by_staff, note, region_code, trace_type,
                   trace_date)
                select distinct on (r.person_id) r.person_id, t.trace_date, 'SILENT', 'system',
                       '已通过' || s.label || '确认（' || t.trace_date || '）', r.region_code,
                       t.trace_type, t.trace_date
                  from elderly.allowance_recipient r
                  join registry.person_fact p on p.id = r.person_id and p.life_status = 'ALIVE'
                  join monitoring.life_trace_fact t on t.person_id = r.person_id
                  join elderly.silent_trace_setting s on s.trace_type = t.trace_type and s.enabled
                 where t.trace_date <= :day
                   and t.trace_date >= cast(:day as date) - s.max_age_days
                   and t.trace_date > coalesce(r.last_verified_on, date '1900-01-01')
                 order by r.person_id, t.trace_date desc, t.trace_type""")
            .param("day", ChinaTime.today())
            .update();
    jdbc.sql(
            """
            update elderly.allowance_recipient r
               set last_verified_on = v.last
              from (select person_id, max(verified_on) as last from elderly.existence_verification
                     group by person_id) v
             where v.person_id = r.person_id
               and v.last > coalesce(r.last_verified_on, date '1900-01-01')""")
        .update();
    return n;
  }
}
