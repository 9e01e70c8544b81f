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
   * answers the death already on record (still audited).
   *
   * @throws cn.minzheng.platform.RecordNotFoundException when no such person exists
   * @throws DeathReportRejectedException when the date is in the future or before birth
   */
  DeathRecord recordDeath(long personId, DeathReport report);

  /** As {@link #recordDeath(long, DeathReport)}, the person found by ID number. */
  DeathRecord recordDeath(IdCardNo idNumber, DeathReport report);

  /**
   * Sets the marital status (e.g. after a marriage or divorce registration) and publishes {@link
   * MaritalStatusChanged} when it changed.
   *
   * @param source who asked, e.g. {@code MARRIAGE_REGISTRATION}
   */
  void changeMaritalStatus(long personId, MaritalStatus status, LocalDate date, String source);
}
