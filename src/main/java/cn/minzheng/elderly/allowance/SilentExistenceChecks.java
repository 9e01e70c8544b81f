package cn.minzheng.elderly.allowance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 静默认证 (§6.2): for every living 高龄津贴 recipient, the newest trace of life of an enabled type in
 * monitoring's departmental feeds ({@code monitoring.life_trace_fact}, dated on or before the day
 * and at most the type's configured number of days before it) counts as the existence check of the
 * trace's date, when it is newer than the last check. A check then falls due only for those without
 * such a trace. Each confirmation is recorded and audited with its evidence through {@link
 * ExistenceChecks#recordSilent}. Run nightly before the month is computed; idempotent.
 */
@Service
public class SilentExistenceChecks {

  private final JdbcClient jdbc;
  private final ExistenceChecks checks;

  SilentExistenceChecks(JdbcClient jdbc, ExistenceChecks checks) {
    this.jdbc = jdbc;
    this.checks = checks;
  }

  record Newest(long personId, String traceType, String label, LocalDate traceDate) {}

  /** Confirms silently as of {@code day}; answers how many were confirmed. */
  public int confirm(LocalDate day) {
    List<Newest> found =
        jdbc.sql(
                """
                select distinct on (r.person_id) r.person_id, t.trace_type, s.label, t.trace_date
                  from elderly.allowance_recipient r
                  join registry.person_fact p on p.id = r.person_id and p.life_status = 'ALIVE'
                  join monitoring.life_trace_fact t on t.person_id = r.person_id
                  join elderly.silent_trace_setting s on s.trace_type = t.trace_type and s.enabled
                 where t.trace_date <= :day
                   and t.trace_date >= cast(:day as date) - s.max_age_days
                   and t.trace_date > coalesce(r.last_verified_on, date '1900-01-01')
                 order by r.person_id, t.trace_date desc, t.trace_type""")
            .param("day", day)
            .query(Newest.class)
            .list();
    int confirmed = 0;
    for (Newest n : found) {
      if (checks.recordSilent(n.personId(), n.traceType(), n.label(), n.traceDate())) {
        confirmed++;
      }
    }
    return confirmed;
  }

  /** The latest silent check of a person, as the portal says it, if the last check was silent. */
  public Optional<String> lastSilentNote(long personId) {
    return jdbc.sql(
            """
            select case when method = 'SILENT' then note end from elderly.existence_verification
             where person_id = ? order by verified_on desc, id desc limit 1""")
        .param(personId)
        .query(String.class)
        .optional();
  }

  /** The configured trace types (the configuration page and docs). */
  public record Setting(String traceType, String label, int maxAgeDays, boolean enabled) {}

  public List<Setting> settings() {
    return jdbc.sql(
            """
            select trace_type, label, max_age_days, enabled from elderly.silent_trace_setting
             order by trace_type""")
        .query(Setting.class)
        .list();
  }
}
