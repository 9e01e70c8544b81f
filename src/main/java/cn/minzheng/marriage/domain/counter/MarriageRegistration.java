package cn.minzheng.marriage.domain.counter;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentStore;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRules;
import cn.minzheng.marriage.domain.booking.Party;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结婚登记 at the counter for a booked couple: the ID cards presented must be the booking's two
 * parties, the rules are checked again on the day (age, not married), then the registration is
 * recorded and both persons become MARRIED in the registry.
 */
@Service
@Transactional
public class MarriageRegistration {

  private final CounterService counter;
  private final AppointmentStore appointments;
  private final BookingRules rules;
  private final Offices offices;
  private final PersonDirectory persons;
  private final Registrar registrar;

  MarriageRegistration(
      CounterService counter,
      AppointmentStore appointments,
      BookingRules rules,
      Offices offices,
      PersonDirectory persons,
      Registrar registrar) {
    this.counter = counter;
    this.appointments = appointments;
    this.rules = rules;
    this.offices = offices;
    this.persons = persons;
    this.registrar = registrar;
  }

  public Registration register(long appointmentId, String firstId, String secondId, LocalDate on) {
    Appointment a = counter.inScope(appointmentId);
    if (a.type() != AppointmentType.MARRIAGE) {
      throw new BookingRejectedException(null, "该预约不是结婚登记预约");
    }
    if (!a.day().equals(on)) {
      throw new BookingRejectedException(null, "只能在预约当日办理登记");
    }
    Party first = rules.party("firstIdNumber", "第一方", firstId);
    Party second = rules.party("secondIdNumber", "第二方", secondId);
    requireBookedParties(appointmentId, first, second);
    rules.check(AppointmentType.MARRIAGE, first, second, on);
    if (!appointments.changeStatus(
            a.id(), AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED)
        && !appointments.changeStatus(
            a.id(), AppointmentStatus.BOOKED, AppointmentStatus.COMPLETED)) {
      throw new BookingRejectedException(null, "该预约当前状态不能办理登记");
    }
    Office office = offices.find(a.officeId()).orElseThrow();
    return registrar.record(
        office,
        AppointmentType.MARRIAGE,
        on,
        personId(first.id()).orElse(null),
        personId(second.id()).orElse(null),
        a.id());
  }

  /** Identity check: the presented cards must be exactly the two booked parties. */
  private void requireBookedParties(long appointmentId, Party first, Party second) {
    List<byte[]> booked = appointments.partyIndexes(appointmentId);
    boolean same =
        booked.stream().anyMatch(b -> Arrays.equals(b, first.blindIndex()))
            && booked.stream().anyMatch(b -> Arrays.equals(b, second.blindIndex()));
    if (!same) {
      throw new BookingRejectedException(null, "证件与预约当事人不一致");
    }
  }

  private Optional<Long> personId(IdCardNo id) {
    return persons.findByIdNumber(id).map(PersonSummary::id);
  }
}
