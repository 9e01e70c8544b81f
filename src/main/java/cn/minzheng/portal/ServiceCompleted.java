package cn.minzheng.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 好差评: a module reports that it has completed a service for a person, who may then rate it once
 * (1–5 and a comment) in the portal; the staff see the ratings per service and office. Published in
 * the completing transaction, like every event; a repeated report of the same service, reference
 * and person is ignored.
 *
 * @param service the kind, a stable code such as {@code assistance.case}
 * @param serviceName its Chinese name, e.g. 社会救助审批
 * @param reference the module's record, e.g. the case id
 * @param title what was done, as the person recognises it
 * @param office the office that served, e.g. 锦江区婚姻登记处
 * @param regionCode that office's region (the staff's data scope)
 * @param stars a rating already given where the service was confirmed (the home-service
 *     confirmation, the open day's feedback), else null: the person is invited to rate
 */
public record ServiceCompleted(
    String service,
    String serviceName,
    String reference,
    long personId,
    String title,
    String office,
    String regionCode,
    LocalDate completedOn,
    @Nullable Integer stars,
    @Nullable String comment) {

  /** A completed service the person has not rated yet. */
  public static ServiceCompleted toRate(
      String service,
      String serviceName,
      String reference,
      long personId,
      String title,
      String office,
      String regionCode,
      LocalDate completedOn) {
    return new ServiceCompleted(
        service,
        serviceName,
        reference,
        personId,
        title,
        office,
        regionCode,
        completedOn,
        null,
        null);
  }
}
