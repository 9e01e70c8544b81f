package cn.minzheng.registry.domain.person;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.DisabilityRated;
import cn.minzheng.registry.DisabilityRemoved;
import cn.minzheng.registry.MaritalStatusChanged;
import cn.minzheng.registry.PersonRegistered;
import cn.minzheng.registry.domain.history.Actor;
import cn.minzheng.registry.domain.history.ChangeSet;
import cn.minzheng.registry.domain.history.HistoryEntry;
import cn.minzheng.registry.domain.history.HistoryStore;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff-side creation, change and reading of persons. Every method checks the caller's data scope
 * against the person's residence region: out of scope is "not found".
 */
@Service
@Transactional
public class PersonService {

  private final PersonStore persons;
  private final HistoryStore history;
  private final PersonValidator validator;
  private final PersonForms forms;
  private final FieldCipher cipher;
  private final DataScope scope;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Actor actor;
  private final DisabilityDetailRule disability;

  PersonService(
      PersonStore persons,
      HistoryStore history,
      PersonValidator validator,
      PersonForms forms,
      FieldCipher cipher,
      DataScope scope,
      AuditLog audit,
      ApplicationEventPublisher events,
      Actor actor,
      DisabilityDetailRule disability) {
    this.persons = persons;
    this.history = history;
    this.validator = validator;
    this.forms = forms;
    this.cipher = cipher;
    this.scope = scope;
    this.audit = audit;
    this.events = events;
    this.actor = actor;
    this.disability = disability;
  }

  public long create(PersonForm form) {
    ValidPerson person = validator.validate(form);
    requireUnregistered(person, null);
    String by = actor.name();
    long id;
    try {
      id = persons.insert(person.encrypt(cipher), by);
    } catch (DuplicateKeyException e) {
      throw RegistryValidationException.of("idNumber", "身份证号已登记，不能重复登记");
    }
    history.person(id, "CREATED", PersonChanges.of(null, person), null, by);
    audit.record(AuditEvent.success("person.create", "person", Long.toString(id), null));
    events.publishEvent(new PersonRegistered(id, person.residenceRegionCode()));
    if (person.disabilityCategory() != null) {
      publishDisability(id, person);
    }
    return id;
  }

  /**
   * Changes a person. With {@code partial}, fields left null keep their value (PATCH); otherwise
   * the form replaces the record, except that an empty ID number or phone keeps the stored one
   * (forms never show them in full).
   */
  public void update(long id, int version, PersonForm form, boolean partial) {
    PersonRow row =
        persons.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException("person"));
    scope.requireInScope(row.residenceRegionCode());
    ValidPerson before = forms.toValid(row);
    PersonForm merged = forms.merge(row, form, partial);
    disability.keepStored(merged, forms.toForm(row));
    ValidPerson after = validator.validate(merged);
    requireUnregistered(after, id);
    ChangeSet changes = PersonChanges.of(before, after);
    if (changes.isEmpty()) {
      return;
    }
    String by = actor.name();
    if (!persons.update(id, version, after.encrypt(cipher), by)) {
      throw new RegistryConflictException();
    }
    history.person(id, "UPDATED", changes, null, by);
    audit.record(
        AuditEvent.success(
            "person.update", "person", Long.toString(id), "fields " + changes.asMap().keySet()));
    if (before.maritalStatus() != after.maritalStatus()) {
      events.publishEvent(
          new MaritalStatusChanged(id, after.maritalStatus().name(), ChinaTime.today()));
    }
    boolean disabilityChanged =
        before.disabilityCategory() != after.disabilityCategory()
            || !Objects.equals(before.disabilityGrade(), after.disabilityGrade())
            || !Objects.equals(
                before.disabilityCertificateDate(), after.disabilityCertificateDate());
    if (disabilityChanged && after.disabilityCategory() != null) {
      publishDisability(id, after);
    } else if (disabilityChanged && before.disabilityCategory() != null) {
      // the record no longer shows a disability: it ends today (a back-dated cancellation comes
      // through PersonCommands.cancelDisabilityCertificate with its date)
      events.publishEvent(
          new DisabilityRemoved(
              id,
              before.disabilityCategory().name(),
              before.disabilityGrade(),
              ChinaTime.today(),
              "户籍人员信息中删除残疾信息"));
    }
  }

  private void publishDisability(long id, ValidPerson p) {
    events.publishEvent(
        new DisabilityRated(
            id, p.disabilityCategory().name(), p.disabilityGrade(), p.disabilityCertificateDate()));
  }

  private void requireUnregistered(ValidPerson person, Long self) {
    persons
        .findByIdNumberIndex(cipher.blindIndex(person.idNumber().value()))
        .filter(existing -> self == null || existing.id() != self)
        .ifPresent(
            existing -> {
              throw RegistryValidationException.of("idNumber", "身份证号已登记，不能重复登记");
            });
  }

  @Transactional(readOnly = true)
  PersonRow requireVisible(long id) {
    PersonRow row = persons.find(id).orElseThrow(() -> new RecordNotFoundException("person"));
    scope.requireInScope(row.residenceRegionCode());
    return row;
  }

  /**
   * The id of the person with this ID number, if they are inside the caller's scope; otherwise a
   * field error on {@code field} (out of scope reads as "not registered").
   */
  @Transactional(readOnly = true)
  public long requireVisibleIdByIdNumber(String field, String idNumber) {
    IdCardNo id;
    try {
      id = IdCardNo.parse(idNumber == null ? "" : idNumber.strip());
    } catch (InvalidIdCardNoException e) {
      throw RegistryValidationException.of(field, e.getMessage());
    }
    return persons
        .findByIdNumberIndex(cipher.blindIndex(id.value()))
        .filter(p -> scope.permits(p.residenceRegionCode()))
        .map(PersonRow::id)
        .orElseThrow(() -> RegistryValidationException.of(field, "未找到该身份证号的人员（或不在您的管辖范围内）"));
  }

  @Transactional(readOnly = true)
  public PersonForm editForm(long id) {
    PersonForm form = forms.toForm(requireVisible(id));
    form.setIdNumber(null);
    form.setPhone(null);
    disability.withhold(form);
    return form;
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> history(long id) {
    requireVisible(id);
    return disability.shown(history.ofPerson(id));
  }
}
