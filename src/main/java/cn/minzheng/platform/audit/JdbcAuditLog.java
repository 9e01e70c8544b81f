package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log. Two ways of writing, on purpose:
 *
 * <ul>
 *   <li>{@link #record} joins the caller's transaction: an audit entry of a change commits or rolls
 *       back with the change, so a rolled-back change never leaves a "success" in the log, and a
 *       change whose audit cannot be written does not happen (fail closed).
 *   <li>{@link #recordIndependently} is for what happens whether or not any business transaction
 *       commits: login failures, access denials (often thrown inside a transaction that then rolls
 *       back). It writes in its own transaction. When the thread is inside a transaction, the write
 *       waits until that transaction has ended: writing at once from a second connection could
 *       deadlock on the chain lock that the suspended transaction may already hold.
 * </ul>
 *
 * Who and where are captured when the event happens, not when it is written.
 */
@Service
class JdbcAuditLog implements AuditLog {

  private final AuditChainWriter writer;
  private final TransactionTemplate joining;
  private final TransactionTemplate separate;
  private final Clock clock;

  JdbcAuditLog(AuditChainWriter writer, PlatformTransactionManager transactions) {
    this.writer = writer;
    this.joining = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = Clock.systemUTC();
  }

  @Override
  public void record(AuditEvent event) {
    Actor actor = ActorResolver.current();
    joining.executeWithoutResult(status -> writer.append(actor, event, clock.instant()));
  }

  /** Writes in a transaction of its own; see the class comment. */
  void recordIndependently(AuditEvent event) {
    recordIndependently(ActorResolver.current(), event);
  }

  void recordIndependently(Actor actor, AuditEvent event) {
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
}
