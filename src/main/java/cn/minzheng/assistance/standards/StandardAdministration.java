package cn.minzheng.assistance.standards;

import cn.minzheng.assistance.StandardInForce;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a standard version: stored, audited, and announced so that entitlements are recomputed. */
@Service
public class StandardAdministration {

  private final StandardStore store;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  StandardAdministration(StandardStore store, AuditLog audit, ApplicationEventPublisher events) {
    this.store = store;
    this.audit = audit;
    this.events = events;
  }

  /**
   * False when the area already has a version from that date (versions are never overwritten).
   *
   * @throws StandardRejected when the version does not start on the first of a month
   */
  @Transactional
  public boolean add(StandardInForce version, String by) {
    EffectiveDateRule.violation(version.effectiveFrom())
        .ifPresent(
            message -> {
              throw new StandardRejected(message);
            });
    if (!store.add(version, by)) {
      return false;
    }
    audit.record(
        AuditEvent.success(
            "assistance.standard.add",
            "standard",
            version.areaCode() + ":" + version.effectiveFrom(),
            "低保标准 %s 元，特困倍数 %s，最低 %s 元，依据：%s"
                .formatted(
                    version.dibaoStandard().toPlainString(),
                    version.tekunMultiplier().toPlainString(),
                    version.minimumPerPerson().toPlainString(),
                    version.basis())));
    events.publishEvent(new StandardVersionAdded(version.areaCode(), version.effectiveFrom()));
    return true;
  }
}
