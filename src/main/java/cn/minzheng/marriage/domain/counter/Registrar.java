package cn.minzheng.marriage.domain.counter;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.portal.ServiceCompleted;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonCommands;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a registration: the next certificate number, the row, the registry's marital status of
 * both (through the registry's command, in the same transaction) and the audit entry.
 */
@Component
public class Registrar {

  static final String SOURCE = "MARRIAGE_REGISTRATION";

  private final CertificateNumbers numbers;
  private final RegistrationStore store;
  private final PersonCommands registry;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final FollowUpChecklist followUps;
  private final ApplicationEventPublisher events;

  Registrar(
      CertificateNumbers numbers,
      RegistrationStore store,
      PersonCommands registry,
      CurrentUser currentUser,
      AuditLog audit,
      FollowUpChecklist followUps,
      ApplicationEventPublisher events) {
    this.followUps = followUps;
    this.events = events;
    this.numbers = numbers;
    this.store = store;
    this.registry = registry;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Registration record(
      Office office,
      AppointmentType type,
      LocalDate on,
      Long firstPersonId,
      Long secondPersonId,
      Long appointmentId) {
    String certificate = numbers.next(office, on.getYear(), type);
    Registration draft =
        new Registration(0, office.id(), type, certificate, on, firstPersonId, secondPersonId);
    String by = currentUser.staff().map(StaffUser::username).orElse("system");
    long id = store.insert(draft, appointmentId, by);
    MaritalStatus status =
        type == AppointmentType.MARRIAGE ? MaritalStatus.MARRIED : MaritalStatus.DIVORCED;
    for (Long personId : new Long[] {firstPersonId, secondPersonId}) {
      if (personId != null) {
        registry.changeMaritalStatus(personId, status, on, SOURCE);
        // 好差评: each party may rate the office's service
        events.publishEvent(
            ServiceCompleted.toRate(
                "marriage.registration",
                "婚姻登记",
                Long.toString(id),
                personId,
                type.label() + "登记（" + certificate + "）",
                office.name(),
                office.regionCode(),
                on));
      }
    }
    if (type == AppointmentType.MARRIAGE) {
      followUps.open(id);
    }
    audit.record(
        AuditEvent.success(
            "marriage.registration." + type.name().toLowerCase(java.util.Locale.ROOT),
            "registration",
            Long.toString(id),
            certificate));
    return new Registration(id, office.id(), type, certificate, on, firstPersonId, secondPersonId);
  }
}
