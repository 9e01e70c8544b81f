package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.Outcome;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit log. Two ways of writing, on purpose:
 *
 * <ul>
 *   <li>{@link #record} joins the caller's transaction: an audit entry of a change commits or rolls
 *       back with the change, so a rolled-back change never leaves a "success" in the log, and a
 *       change whose audit cannot be written does not happen (fail closed). Inside a read-only
 *       transaction it writes in a separate one.
 *   <li>{@link #recordIndependently} is for what happens whether or not any business transaction
 *       commits: login failures, access denials (often thrown inside a transaction that then rolls
 *       back). It writes in its own transaction. When the thread is inside a transaction, the write
 *       waits until that transaction has ended, so a request never holds two connections of the
 *       pool at once (under a rush of refusals the pool would run dry).
 * </ul>
 *
 * Who and where are captured when the event happens, not when it is written.
 */
@Service
class JdbcAuditLog implements AuditLog {

  static final String ACCESS_DENIED = "access.denied";
  private static final String DENIAL_RECORDED = JdbcAuditLog.class.getName() + ".denialRecorded";

  private final AuditEntryWriter writer;
  private final TransactionTemplate joining;
  private final TransactionTemplate separate;
  private final Clock clock;

  JdbcAuditLog(AuditEntryWriter writer, PlatformTransactionManager transactions) {
    this.writer = writer;
    this.joining = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = Clock.systemUTC();
  }

  @Override
  public void record(AuditEvent event) {
    if (isRepeatedDenialOfThisRequest(event)) {
      return;
    }
    Actor actor = ActorResolver.current();
    // A read-only transaction (a page showing an unmasked value) cannot insert: a separate
    // transaction records the display at once.
    TransactionTemplate template =
        TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
            ? separate
            : joining;
    template.executeWithoutResult(status -> writer.append(actor, event, clock.instant()));
  }

  @Override
  public Witness witness() {
    Actor actor = ActorResolver.current();
    return new Witness(
        actor.name(), actor.kind().name(), actor.roles(), actor.region(), actor.remoteAddress());
  }

  @Override
  public void recordWitnessed(Witness witness, AuditEvent event, Instant occurredAt) {
    Actor actor =
        new Actor(
            witness.name(),
            Actor.ActorKind.valueOf(witness.kind()),
            witness.roles(),
            witness.region(),
            witness.remoteAddress());
    joining.executeWithoutResult(status -> writer.append(actor, event, occurredAt));
  }

  /** Writes in a transaction of its own; see the class comment. */
  void recordIndependently(AuditEvent event) {
    recordIndependently(ActorResolver.current(), event);
  }

  void recordIndependently(Actor actor, AuditEvent event) {
    if (isRepeatedDenialOfThisRequest(event)) {
      return;
    }
    var occurredAt = clock.instant();
    Runnable write =
        () -> separate.executeWithoutResult(status -> writer.append(actor, event, occurredAt));
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              write.run();
            }
          });
    } else {
      write.run();
    }
  }

  /**
   * One refusal is seen by several layers: Spring Security's authorization event, an explicit check
   * such as {@link AuditorAccess}, the access-denied handler that renders the 403. A refused
   * request is recorded once, by whichever layer reports it first.
   */
  private static boolean isRepeatedDenialOfThisRequest(AuditEvent event) {
    if (event.outcome() != Outcome.DENIED || !ACCESS_DENIED.equals(event.action())) {
      return false;
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return false;
    }
    if (request.getAttribute(DENIAL_RECORDED, RequestAttributes.SCOPE_REQUEST) != null) {
      return true;
    }
    request.setAttribute(DENIAL_RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    return false;
  }
}
