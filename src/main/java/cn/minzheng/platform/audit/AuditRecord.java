package cn.minzheng.platform.audit;

import java.time.Instant;

/** One row of {@code platform.audit_log}, exactly as it is hashed. */
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
    byte[] hash) {}
