package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog.AuditEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends one entry to the chain. Appends are serialised with a transaction-scoped advisory lock:
 * the next writer waits until the holder commits or rolls back, then reads the committed last
 * entry, so two entries never claim the same predecessor and id order is chain order. The price: a
 * business transaction that wrote an audit entry holds the lock until it ends, so audited
 * transactions must stay short.
 */
@Component
class AuditChainWriter {

  /** Advisory lock key (two-int form): 0x4D5A = "MZ", 1 = audit chain. */
  private static final int LOCK_CLASS = 0x4D5A;

  private static final int LOCK_AUDIT_CHAIN = 1;

  private final JdbcClient jdbc;

  AuditChainWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  AuditRecord append(Actor actor, AuditEvent event, Instant occurredAt) {
    if (event.action() == null || event.action().isBlank() || event.outcome() == null) {
      throw new IllegalArgumentException("an audit event needs an action and an outcome");
    }
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("audit entries are appended inside a transaction");
    }
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params(LOCK_CLASS, LOCK_AUDIT_CHAIN)
        .query(Object.class)
        .list();
    byte[] prev =
        jdbc.sql("select hash from platform.audit_log order by id desc limit 1")
            .query(byte[].class)
            .optional()
            .orElse(AuditHash.GENESIS);
    long id =
        jdbc.sql("select nextval(pg_get_serial_sequence('platform.audit_log', 'id'))")
            .query(Long.class)
            .single();
    AuditRecord draft = draft(id, actor, event, occurredAt, prev, null);
    AuditRecord entry = draft(id, actor, event, occurredAt, prev, AuditHash.of(draft));
    insert(entry);
    return entry;
  }

  private static AuditRecord draft(
      long id, Actor actor, AuditEvent event, Instant at, byte[] prev, byte[] hash) {
    return new AuditRecord(
        id,
        AuditHash.storable(at),
        actor.name(),
        actor.kind().name(),
        actor.roles(),
        actor.region(),
        AuditText.limit(actor.remoteAddress(), AuditText.MAX_FIELD),
        AuditText.limit(event.action(), AuditText.MAX_FIELD),
        AuditText.field(event.targetType()),
        AuditText.field(event.targetId()),
        event.outcome().name(),
        AuditText.detail(event.detail()),
        prev,
        hash);
  }

  private void insert(AuditRecord e) {
    jdbc.sql(
            """
            insert into platform.audit_log (id, occurred_at, actor, actor_kind, actor_roles,
              actor_region, remote_address, action, target_type, target_id, outcome, detail,
              prev_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            e.id(),
            e.occurredAt().atOffset(ZoneOffset.UTC),
            e.actor(),
            e.actorKind(),
            e.actorRoles(),
            e.actorRegion(),
            e.remoteAddress(),
            e.action(),
            e.targetType(),
            e.targetId(),
            e.outcome(),
            e.detail(),
            e.prevHash(),
            e.hash())
        .update();
  }
}
