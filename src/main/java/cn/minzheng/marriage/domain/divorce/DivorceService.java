package cn.minzheng.marriage.domain.divorce;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.counter.Registrar;
import cn.minzheng.marriage.domain.counter.Registration;
import cn.minzheng.marriage.domain.divorce.DivorceApplication.State;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议离婚: application at an office, withdrawal during the cooling-off, registration in the attendance
 * window. Expiry needs no job: {@link DivorceApplication#stateOn} computes VOID.
 */
@Service
@Transactional
public class DivorceService {

  private final DivorceApplications store;
  private final Offices offices;
  private final PersonDirectory persons;
  private final Registrar registrar;
  private final DataScope scope;
  private final AuditLog audit;

  DivorceService(
      DivorceApplications store,
      Offices offices,
      PersonDirectory persons,
      Registrar registrar,
      DataScope scope,
      AuditLog audit) {
    this.store = store;
    this.offices = offices;
    this.persons = persons;
    this.registrar = registrar;
    this.scope = scope;
    this.audit = audit;
  }

  /** Both parties present, both recorded married in the registry. */
  public long apply(long officeId, String firstId, String secondId, LocalDate on) {
    Office office = office(officeId);
    PersonSummary first = marriedPerson("firstIdNumber", firstId);
    PersonSummary second = marriedPerson("secondIdNumber", secondId);
    if (first.id() == second.id()) {
      throw new BookingRejectedException("secondIdNumber", "双方身份证号不能相同");
    }
    long id = store.insert(office.id(), on, first.id(), second.id());
    audit.record(
        AuditEvent.success("marriage.divorce.apply", "divorce_application", "" + id, null));
    return id;
  }

  /** Either party may withdraw, but only during the cooling-off. */
  public void withdraw(long applicationId, LocalDate on) {
    DivorceApplication application = application(applicationId);
    if (application.stateOn(on) != State.COOLING_OFF) {
      throw new BookingRejectedException(null, "冷静期已过，不能撤回申请");
    }
    store.withdraw(applicationId, on);
    audit.record(
        AuditEvent.success(
            "marriage.divorce.withdraw", "divorce_application", "" + applicationId, null));
  }

  /** Both attend after the cooling-off and within the next 30 days. */
  public Registration register(long applicationId, LocalDate on) {
    DivorceApplication application = application(applicationId);
    State state = application.stateOn(on);
    if (state != State.AWAITING_ATTENDANCE) {
      throw new BookingRejectedException(null, "当前不能办理离婚登记：" + state.label());
    }
    Registration registration =
        registrar.record(
            office(application.officeId()),
            AppointmentType.DIVORCE,
            on,
            application.firstPersonId(),
            application.secondPersonId(),
            null);
    store.linkRegistration(applicationId, registration.id());
    return registration;
  }

  public DivorceApplication find(long applicationId) {
    return application(applicationId);
  }

  private DivorceApplication application(long id) {
    DivorceApplication a =
        store.lock(id).orElseThrow(() -> new RecordNotFoundException("divorce application"));
    office(a.officeId());
    return a;
  }

  private Office office(long officeId) {
    Office office = offices.find(officeId).orElseThrow(() -> new RecordNotFoundException("office"));
    scope.requireInScope(office.regionCode());
    return office;
  }

  private PersonSummary marriedPerson(String field, String raw) {
    IdCardNo id;
    try {
      id = IdCardNo.parse(raw);
    } catch (InvalidIdCardNoException e) {
      throw new BookingRejectedException(field, "身份证号无效，请核对后重新填写");
    }
    return persons
        .findByIdNumber(id)
        .filter(p -> p.maritalStatus() == MaritalStatus.MARRIED)
        .orElseThrow(() -> new BookingRejectedException(field, "人口库中未登记为已婚，不能申请离婚"));
  }
}
