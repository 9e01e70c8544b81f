package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the triggers that make the audit log append-only and queue every entry for the chain.
 * Only the database owner can disable them, and doing so leaves no row behind; so the platform
 * looks every minute and raises the alarm: an ERROR in the log, an audit entry, and the gauge
 * {@code minzheng.audit.protection.disabled} (the number of protective triggers that are disabled
 * or gone; alert on {@code > 0}).
 */
@Component
class AuditProtection {

  static final List<String> TRIGGERS =
      List.of(
          "audit_log_no_update_or_delete",
          "audit_log_no_truncate",
          "audit_log_queue_for_chain",
          "audit_link_no_update_or_delete",
          "audit_link_no_truncate");

  private static final Logger log = LoggerFactory.getLogger(AuditProtection.class);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AtomicInteger disabled = new AtomicInteger();

  AuditProtection(JdbcClient jdbc, AuditLog audit, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.audit = audit;
    Gauge.builder("minzheng.audit.protection.disabled", disabled, AtomicInteger::get)
        .description("Protective triggers of the audit log that are disabled or missing")
        .register(meters);
  }

  /** The protective triggers that are not enabled right now (disabled or dropped). */
  List<String> unprotected() {
    return jdbc.sql(
            """
            select t.name from unnest(cast(:names as text[])) as t(name)
             where not exists (
                   select 1 from pg_trigger g
                    where g.tgname = t.name and g.tgenabled <> 'D'
                      and g.tgrelid in (cast('platform.audit_log' as regclass),
                                        cast('platform.audit_link' as regclass)))
             order by t.name""")
        .param("names", TRIGGERS.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  @Scheduled(fixedDelayString = "${minzheng.audit.protection-check:60000}", initialDelay = 5000)
  void check() {
    List<String> off = unprotected();
    int before = disabled.getAndSet(off.size());
    if (!off.isEmpty() && before == 0) {
      log.error("Audit log protection disabled: triggers {} are not enabled", off);
      audit.record(
          new AuditEvent(
              "audit.protection.disabled",
              "trigger",
              String.join(",", off),
              AuditLog.Outcome.FAILURE,
              "append-only off"));
    } else if (off.isEmpty() && before > 0) {
      log.warn("Audit log protection restored");
      audit.record(AuditEvent.success("audit.protection.restored", "trigger", null, null));
    }
  }

  int disabledCount() {
    return disabled.get();
  }
}
