package cn.minzheng.marriage.domain.counter;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.offices.Office;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate numbers without gaps per office, year and type: the counter row is incremented in the
 * registration's own transaction, so a registration that rolls back gives its number back and
 * concurrent registrations of one office wait for each other on the row lock.
 */
@Component
class CertificateNumbers {

  private final JdbcClient jdbc;

  CertificateNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** E.g. {@code J-JJ01-2031-000001} (J 结婚, L 离婚). */
  @Transactional(propagation = Propagation.MANDATORY)
  String next(Office office, int year, AppointmentType type) {
    int number =
        jdbc.sql(
                "insert into marriage.certificate_counter (office_id, year, type, last_no)"
                    + " values (?, ?, ?, 1) on conflict (office_id, year, type)"
                    + " do update set last_no = certificate_counter.last_no + 1 returning last_no")
            .params(office.id(), year, type.name())
            .query(Integer.class)
            .single();
    String prefix = type == AppointmentType.MARRIAGE ? "J" : "L";
    return String.format(Locale.ROOT, "%s-%s-%d-%06d", prefix, office.code(), year, number);
  }
}
