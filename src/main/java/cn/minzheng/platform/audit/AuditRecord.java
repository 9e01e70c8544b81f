package cn.minzheng.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One entry of {@code platform.audit_log} with its link in the chain, exactly as it is hashed;
 * {@code prevHash} and {@code hash} are null while the entry waits for the chainer.
 */
record AuditRecord(
    long id,
    Instant occurredAt,
    String actor,
    String actorKind,
    String actorRoles,
    String actorRegion,
    String remoteAddress,
    String action,
    String targetType,
    String targetId,
    String outcome,
    String detail,
    byte[] prevHash,
    byte[] hash) {

  /** The entry's columns, unqualified; {@link #read} needs prev_hash and hash after them. */
  static final String SELECT =
      "select id, occurred_at, actor, actor_kind, actor_roles, actor_region, remote_address,"
          + " action, target_type, target_id, outcome, detail";

  AuditRecord withPrevHash(byte[] prev) {
    return new AuditRecord(
        id,
        occurredAt,
        actor,
        actorKind,
        actorRoles,
        actorRegion,
        remoteAddress,
        action,
        targetType,
        targetId,
        outcome,
        detail,
        prev,
        null);
  }

  static AuditRecord read(ResultSet rs) throws SQLException {
    return new AuditRecord(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("actor_kind"),
        rs.getString("actor_roles"),
        rs.getString("actor_region"),
        rs.getString("remote_address"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("outcome"),
        rs.getString("detail"),
        rs.getBytes("prev_hash"),
        rs.getBytes("hash"));
  }
}
