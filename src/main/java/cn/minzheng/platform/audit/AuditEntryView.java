package cn.minzheng.platform.audit;

import java.time.format.DateTimeFormatter;

/** One entry as the auditor's table shows it: time in China Standard Time, hash shortened. */
public record AuditEntryView(
    long id,
    String occurredAt,
    String actor,
    String actorKind,
    String actorRoles,
    String actorRegion,
    String remoteAddress,
    String action,
    String target,
    String outcome,
    String detail,
    String hash) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static AuditEntryView of(AuditRecord r) {
    String target =
        r.targetType() == null
            ? r.targetId()
            : r.targetId() == null ? r.targetType() : r.targetType() + ":" + r.targetId();
    return new AuditEntryView(
        r.id(),
        TIME.format(r.occurredAt().atZone(AuditSearch.CHINA)),
        r.actor(),
        r.actorKind(),
        r.actorRoles(),
        r.actorRegion(),
        r.remoteAddress(),
        r.action(),
        target,
        r.outcome(),
        r.detail(),
        r.hash() == null ? "待入链" : AuditHash.hex(r.hash()).substring(0, 12));
  }
}
