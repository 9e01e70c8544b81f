package cn.minzheng.platform;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * The append-only, hash-chained audit log. Who, when (UTC) and where from are taken from the
 * current request and security context; callers say what happened.
 */
@NamedInterface("audit")
public interface AuditLog {

  void record(AuditEvent event);

  /**
   * Who acts and from where, now: for an entry an outbox writes after the commit, away from the
   * request (issue 23: a booking's audit entry leaves its transaction with the booking's outbox
   * row).
   */
  Witness witness();

  /**
   * Appends the entry of an event that happened earlier, as {@code witness} saw it at {@code
   * occurredAt}. Joins the caller's transaction (an outbox deletes its row in the same one).
   */
  void recordWitnessed(Witness witness, AuditEvent event, Instant occurredAt);

  /**
   * Who acted and from where, as stored: {@code kind} is STAFF, CITIZEN, SERVICE, SYSTEM or
   * ANONYMOUS.
   */
  record Witness(String name, String kind, String roles, String region, String remoteAddress) {}

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
