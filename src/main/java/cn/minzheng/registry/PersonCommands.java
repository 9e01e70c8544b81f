package cn.minzheng.registry;

import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;

/**
 * Changes other modules may ask of the registry. Each runs in one transaction, writes the person's
 * history and the audit log, and publishes its event inside that transaction.
 *
 * <p>Not filtered by data scope: callers (marriage registration, the death feed) check their own
 * rights first. Staff pages and the staff API check the scope before calling.
 */
public interface PersonCommands {

  /**
   * Records a death once. A second report of the same person changes nothing, publishes nothing and
   * answers the death already on record (still audited); a report of another source (health
   * department {@code HEALTH_DEPARTMENT}, community {@code COMMUNITY}, funeral home {@code
   * FUNERAL_HOME}, staff {@code STAFF}) is kept as a confirmation of it.
   *
   * @throws cn.minzheng.platform.RecordNotFoundException when no such person exists
   * @throws DeathReportRejectedException when the date is in the future or before birth
   */
  DeathRecord recordDeath(long personId, DeathReport report);

  /** As {@link #recordDeath(long, DeathReport)}, the person found by ID number. */
  DeathRecord recordDeath(IdCardNo idNumber, DeathReport report);

  /**
   * Withdraws a death recorded in error: the person is alive again, the record is kept as
   * withdrawn, and {@link DeathWithdrawn} is published. The caller checks that the current user is
   * an approver; this refuses the one who recorded the death (maker ≠ checker).
   *
   * @throws cn.minzheng.platform.RecordNotFoundException when no such person exists
   * @throws DeathReportRejectedException when no death is on record, the reason is missing or the
   *     withdrawing user recorded the death
   */
  void withdrawDeath(long personId, String reason);

  /**
   * Sets the marital status (e.g. after a marriage or divorce registration) and publishes {@link
   * MaritalStatusChanged} when it changed.
   *
   * @param source who asked, e.g. {@code MARRIAGE_REGISTRATION}
   */
  void changeMaritalStatus(long personId, MaritalStatus status, LocalDate date, String source);

  /**
   * Cancels the person's disability certificate (the 残联's cancellation, possibly back-dated):
   * category, grade and certificate date are cleared, the history keeps them with the reason, and
   * {@link DisabilityRemoved} is published. A person without a disability on record changes nothing
   * and publishes nothing (a second delivery of the same cancellation).
   *
   * @throws cn.minzheng.platform.RecordNotFoundException when no such person exists
   * @throws IllegalArgumentException when the date is in the future or the reason is blank
   */
  void cancelDisabilityCertificate(long personId, LocalDate cancelledOn, String reason);
}
