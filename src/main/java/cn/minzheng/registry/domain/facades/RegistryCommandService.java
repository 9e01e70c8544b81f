package cn.minzheng.registry.domain.facades;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.DeathRecord;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.DisabilityRemoved;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.MaritalStatusChanged;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.registry.domain.history.Actor;
import cn.minzheng.registry.domain.history.ChangeSet;
import cn.minzheng.registry.domain.history.HistoryStore;
import cn.minzheng.registry.domain.person.PersonRow;
import cn.minzheng.registry.domain.person.PersonStore;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonCommands}: deaths and marital status, each with history, audit and its event. Other
 * modules call them for persons of any region (a funeral home, a marriage counter), so they run
 * across regions ({@link DataScope#acrossRegions}); the registry's own pages check the scope before
 * calling.
 */
@Service
@Transactional
class RegistryCommandService implements PersonCommands {

  private final PersonStore persons;
  private final DeathStore deaths;
  private final HistoryStore history;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final FieldCipher cipher;
  private final Actor actor;
  private final DataScope scope;

  RegistryCommandService(
      PersonStore persons,
      DeathStore deaths,
      HistoryStore history,
      AuditLog audit,
      ApplicationEventPublisher events,
      FieldCipher cipher,
      Actor actor,
      DataScope scope) {
    this.persons = persons;
    this.deaths = deaths;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.cipher = cipher;
    this.actor = actor;
    this.scope = scope;
  }

  @Override
  public DeathRecord recordDeath(IdCardNo idNumber, DeathReport report) {
    return scope.acrossRegions(() -> recordDeathOf(idNumber, report));
  }

  private DeathRecord recordDeathOf(IdCardNo idNumber, DeathReport report) {
    long id =
        persons
            .findByIdNumberIndex(cipher.blindIndex(idNumber.value()))
            .orElseThrow(() -> new RecordNotFoundException("person"))
            .id();
    return recordDeathOf(id, report);
  }

  @Override
  public DeathRecord recordDeath(long personId, DeathReport report) {
    return scope.acrossRegions(() -> recordDeathOf(personId, report));
  }

  private DeathRecord recordDeathOf(long personId, DeathReport report) {
    PersonRow person =
        persons.findForUpdate(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    var existing = deaths.find(personId);
    if (existing.isPresent() || person.dateOfDeath() != null) {
      return alreadyRecorded(person, existing, report);
    }
    checkDate(report.dateOfDeath(), person.birthDate());
    String by = actor.name();
    deaths.insert(
        personId,
        report.dateOfDeath(),
        report.certificateNumber(),
        report.source(),
        report.reason(),
        by);
    persons.markDeceased(personId, report.dateOfDeath(), by);
    history.person(
        personId,
        "DIED",
        new ChangeSet()
            .diff("lifeStatus", person.lifeStatus(), "DECEASED")
            .diff("dateOfDeath", null, report.dateOfDeath()),
        report.reason(),
        by);
    audit.record(
        AuditEvent.success(
            "person.death", "person", Long.toString(personId), "source " + report.source()));
    events.publishEvent(
        new PersonDied(personId, report.dateOfDeath(), person.residenceRegionCode()));
    DeathRecord recorded = deaths.find(personId).orElseThrow();
    return new DeathRecord(
        recorded.personId(),
        recorded.dateOfDeath(),
        recorded.certificateNumber(),
        recorded.source(),
        recorded.recordedAt(),
        true);
  }

  /** A repeated report changes nothing: the first record stands, marked as not new. */
  private DeathRecord alreadyRecorded(
      PersonRow person, Optional<DeathRecord> existing, DeathReport report) {
    boolean confirmed =
        existing.isPresent()
            && report.dateOfDeath() != null
            && deaths.confirm(
                person.id(),
                report.source(),
                report.dateOfDeath(),
                report.certificateNumber(),
                actor.name());
    String dateNote =
        report.dateOfDeath() != null && !report.dateOfDeath().equals(person.dateOfDeath())
            ? "; reported date " + report.dateOfDeath() + " differs from " + person.dateOfDeath()
            : "";
    audit.record(
        AuditEvent.success(
            "person.death",
            "person",
            Long.toString(person.id()),
            (confirmed ? "confirmed, no change; source " : "already recorded, no change; source ")
                + report.source()
                + dateNote));
    return existing.orElseGet(
        () ->
            new DeathRecord(
                person.id(), person.dateOfDeath(), null, "REGISTRY", person.updatedAt(), false));
  }

  @Override
  public void withdrawDeath(long personId, String reason) {
    scope.acrossRegions(() -> withdrawDeathOf(personId, reason));
  }

  private void withdrawDeathOf(long personId, String reason) {
    PersonRow person =
        persons.findForUpdate(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    if (reason == null || reason.isBlank()) {
      throw new DeathReportRejectedException("reason", "请填写撤销原因");
    }
    DeathRecord record =
        deaths
            .find(personId)
            .orElseThrow(() -> new DeathReportRejectedException("reason", "该人员没有死亡登记，无需撤销"));
    String by = actor.name();
    if (by.equals(deaths.recordedBy(personId))) {
      throw new DeathReportRejectedException("reason", "死亡登记人不能撤销本人登记的死亡，请由其他审批人撤销");
    }
    deaths.withdraw(personId, by, reason.strip());
    persons.markAlive(personId, by);
    history.person(
        personId,
        "DEATH_WITHDRAWN",
        new ChangeSet()
            .diff("lifeStatus", "DECEASED", "ALIVE")
            .diff("dateOfDeath", record.dateOfDeath(), null),
        reason.strip(),
        by);
    audit.record(
        AuditEvent.success(
            "person.death-withdraw",
            "person",
            Long.toString(personId),
            "death of " + record.dateOfDeath() + " recorded by " + record.source() + " withdrawn"));
    events.publishEvent(
        new DeathWithdrawn(
            personId, record.dateOfDeath(), person.residenceRegionCode(), reason.strip()));
  }

  private static void checkDate(LocalDate dateOfDeath, LocalDate birthDate) {
    if (dateOfDeath == null) {
      throw new DeathReportRejectedException("dateOfDeath", "死亡日期不能为空");
    }
    if (dateOfDeath.isAfter(ChinaTime.today())) {
      throw new DeathReportRejectedException("dateOfDeath", "死亡日期不能晚于今天");
    }
    if (dateOfDeath.isBefore(birthDate)) {
      throw new DeathReportRejectedException("dateOfDeath", "死亡日期不能早于出生日期");
    }
  }

  @Override
  public void changeMaritalStatus(
      long personId, MaritalStatus status, LocalDate date, String source) {
    scope.acrossRegions(() -> changeMaritalStatusOf(personId, status, date, source));
  }

  private void changeMaritalStatusOf(
      long personId, MaritalStatus status, LocalDate date, String source) {
    PersonRow person =
        persons.findForUpdate(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    if (person.maritalStatus() == status) {
      return;
    }
    String by = actor.name();
    persons.setMaritalStatus(personId, status, by);
    history.person(
        personId,
        "MARITAL_STATUS",
        new ChangeSet().diff("maritalStatus", person.maritalStatus(), status),
        source,
        by);
    audit.record(
        AuditEvent.success(
            "person.update", "person", Long.toString(personId), "marital status by " + source));
    events.publishEvent(new MaritalStatusChanged(personId, status.name(), date));
  }

  @Override
  public void cancelDisabilityCertificate(long personId, LocalDate cancelledOn, String reason) {
    if (cancelledOn.isAfter(ChinaTime.today())) {
      throw new IllegalArgumentException("注销日期不能晚于今天");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("请填写注销原因");
    }
    scope.acrossRegions(() -> cancelCertificateOf(personId, cancelledOn, reason.strip()));
  }

  private void cancelCertificateOf(long personId, LocalDate cancelledOn, String reason) {
    PersonRow person =
        persons.findForUpdate(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    if (person.disabilityCategory() == null) {
      return;
    }
    String by = actor.name();
    persons.clearDisability(personId, by);
    history.person(
        personId,
        "DISABILITY_CANCELLED",
        new ChangeSet()
            .diff("disabilityCategory", person.disabilityCategory(), null)
            .diff("disabilityGrade", person.disabilityGrade(), null)
            .diff("disabilityCertificateDate", person.disabilityCertificateDate(), null),
        reason + "（注销日期 " + cancelledOn + "）",
        by);
    audit.record(
        AuditEvent.success(
            "person.update",
            "person",
            Long.toString(personId),
            "disability certificate cancelled"));
    events.publishEvent(
        new DisabilityRemoved(
            personId,
            person.disabilityCategory().name(),
            person.disabilityGrade(),
            cancelledOn,
            reason));
  }
}
