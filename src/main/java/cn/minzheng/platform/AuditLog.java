package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/**
 * The append-only, hash-chained audit log. Who, when (UTC) and where from are taken from the
 * current request and security context; callers say what happened.
 */
@NamedInterface("audit")
public interface AuditLog {

  void record(AuditEvent event);

  /** What happened: {@code action} is a dotted code such as {@code person.unmask}. */
  record AuditEvent(
      String action, String targetType, String targetId, Outcome outcome, String detail) {

    public static AuditEvent success(
        String action, String targetType, String targetId, String detail) {
      return new AuditEvent(action, targetType, targetId, Outcome.SUCCESS, detail);
    }

    public static AuditEvent denied(
        String action, String targetType, String targetId, String detail) {
      return new AuditEvent(action, targetType, targetId, Outcome.DENIED, detail);
    }
  }

  enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED
  }
}
