package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog.AuditEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts one entry in the caller's transaction, without any lock: audited transactions run side by
 * side. The database queues the entry for the {@link AuditChainer}, which links it into the hash
 * chain once the transaction has committed.
 */
@Component
class AuditEntryWriter {

  private final JdbcClient jdbc;

  AuditEntryWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long append(Actor actor, AuditEvent event, Instant occurredAt) {
    if (event.action() == null || event.action().isBlank() || event.outcome() == null) {
      throw new IllegalArgumentException("an audit event needs an action and an outcome");
    }
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("audit entries are appended inside a transaction");
    }
    return jdbc.sql(
            """
            insert into platform.audit_log (occurred_at, actor, actor_kind, actor_roles,
              actor_region, remote_address, action, target_type, target_id, outcome, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            AuditHash.storable(occurredAt).atOffset(ZoneOffset.UTC),
            actor.name(),
            actor.kind().name(),
            actor.roles(),
            actor.region(),
            AuditText.limit(actor.remoteAddress(), AuditText.MAX_FIELD),
            AuditText.limit(event.action(), AuditText.MAX_FIELD),
            AuditText.field(event.targetType()),
            AuditText.field(event.targetId()),
            event.outcome().name(),
            AuditText.detail(event.detail()))
        .query(Long.class)
        .single();
  }
}
