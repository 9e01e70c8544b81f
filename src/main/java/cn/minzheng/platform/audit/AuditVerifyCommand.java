package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line verification: {@code --minzheng.audit.verify-and-exit=true} verifies the chain
 * before anything else runs (demo loading included), prints the result and exits with 0 (intact) or
 * 1 (broken), so that a cron job or a monitoring check can call it.
 */
@Component
@ConditionalOnBooleanProperty("minzheng.audit.verify-and-exit")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

  private final AuditChainVerifier verifier;
  private final JdbcAuditLog audit;
  private final ConfigurableApplicationContext context;

  AuditVerifyCommand(
      AuditChainVerifier verifier, JdbcAuditLog audit, ConfigurableApplicationContext context) {
    this.verifier = verifier;
    this.audit = audit;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int code = verifyAndReport();
    System.exit(SpringApplication.exit(context, () -> code));
  }

  int verifyAndReport() {
    ChainVerification result = verifier.verify();
    System.out.println(result.summary());
    log.info(result.summary());
    audit.recordIndependently(
        Actor.SYSTEM,
        new AuditEvent(
            "audit.verify",
            "audit_log",
            null,
            result.intact() ? Outcome.SUCCESS : Outcome.FAILURE,
            result.summary()));
    return exitCode(result);
  }

  static int exitCode(ChainVerification result) {
    return result.intact() ? 0 : 1;
  }
}
