package cn.minzheng.marriage.domain.divorce;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of divorce applications. */
@Repository
class DivorceApplications {

  private final JdbcClient jdbc;

  DivorceApplications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long officeId, LocalDate appliedOn, long first, long second) {
    return jdbc.sql(
            "insert into marriage.divorce_application (office_id, applied_on, person1_id,"
                + " person2_id) values (?, ?, ?, ?) returning id")
        .params(officeId, appliedOn, first, second)
        .query(Long.class)
        .single();
  }

  /** Locks the application row: withdrawal and registration of one application serialise. */
  Optional<DivorceApplication> lock(long id) {
    return jdbc.sql(
            "select id, office_id, applied_on, person1_id, person2_id, withdrawn_on,"
                + " registration_id from marriage.divorce_application where id = ? for update")
        .param(id)
        .query(
            (rs, n) ->
                new DivorceApplication(
                    rs.getLong("id"),
                    rs.getLong("office_id"),
                    rs.getObject("applied_on", LocalDate.class),
                    rs.getLong("person1_id"),
                    rs.getLong("person2_id"),
                    rs.getObject("withdrawn_on", LocalDate.class),
                    (Long) rs.getObject("registration_id")))
        .optional();
  }

  void withdraw(long id, LocalDate on) {
    jdbc.sql("update marriage.divorce_application set withdrawn_on = ? where id = ?")
        .params(on, id)
        .update();
  }

  void linkRegistration(long applicationId, long registrationId) {
    jdbc.sql("update marriage.divorce_application set registration_id = ? where id = ?")
        .params(registrationId, applicationId)
        .update();
  }
}
