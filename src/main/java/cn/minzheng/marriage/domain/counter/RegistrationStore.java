package cn.minzheng.marriage.domain.counter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of registrations. */
@Repository
class RegistrationStore {

  private final JdbcClient jdbc;

  RegistrationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Registration r, Long appointmentId, String by) {
    return jdbc.sql(
            "insert into marriage.registration (office_id, type, certificate_no, registered_on,"
                + " person1_id, person2_id, appointment_id, registered_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            r.officeId(),
            r.type().name(),
            r.certificateNo(),
            r.registeredOn(),
            r.firstPersonId(),
            r.secondPersonId(),
            appointmentId,
            by)
        .query(Long.class)
        .single();
  }
}
