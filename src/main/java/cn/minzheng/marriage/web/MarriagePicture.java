package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.platform.PersonPictureSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 婚姻登记 in a person's picture: the person's bookings (服务预约: as a party, whoever booked) and
 * registrations (生命事件: marriage and divorce with the certificate number). Parties are found by the
 * person id each booking and registration records for a registry person.
 */
@Component
class MarriagePicture implements PersonPictureSource {

  private final JdbcClient jdbc;

  MarriagePicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    Long[] ids = personIds.toArray(Long[]::new);
    List<PictureEntry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                """
                select p.person_id, a.type, a.status, a.office_id, o.name office, s.day,
                       s.start_time, s.end_time
                  from marriage.appointment_party p
                  join marriage.appointment a on a.id = p.appointment_id
                  join marriage.office o on o.id = a.office_id
                  join booking.slot_fact s on s.id = a.slot_id
                 where p.person_id = any(?)
                 order by s.day desc, a.id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) -> {
                  LocalDate day = rs.getObject("day", LocalDate.class);
                  return new PictureEntry(
                      SECTIONS.get(4),
                      rs.getLong("person_id"),
                      day,
                      "婚姻登记预约：" + AppointmentType.valueOf(rs.getString("type")).label(),
                      rs.getString("office")
                          + " "
                          + rs.getTime("start_time").toLocalTime()
                          + "-"
                          + rs.getTime("end_time").toLocalTime()
                          + "，"
                          + AppointmentStatus.valueOf(rs.getString("status")).label(),
                      "/marriage/counter?office=" + rs.getLong("office_id") + "&day=" + day);
                })
            .list());
    entries.addAll(
        jdbc.sql(
                """
                select r.type, r.certificate_no, r.registered_on, r.office_id, o.name office,
                       x.person_id
                  from marriage.registration r
                  join marriage.office o on o.id = r.office_id
                  cross join lateral (values (r.person1_id), (r.person2_id)) x(person_id)
                 where (r.person1_id = any(?) or r.person2_id = any(?))
                   and x.person_id = any(?)
                 order by r.registered_on desc, r.id desc limit ?""")
            .params(ids, ids, ids, LIMIT)
            .query(
                (rs, n) -> {
                  LocalDate on = rs.getObject("registered_on", LocalDate.class);
                  return new PictureEntry(
                      SECTIONS.get(6),
                      rs.getLong("person_id"),
                      on,
                      AppointmentType.valueOf(rs.getString("type")).label(),
                      rs.getString("office") + "，证号 " + rs.getString("certificate_no"),
                      "/marriage/counter?office=" + rs.getLong("office_id") + "&day=" + on);
                })
            .list());
    return entries;
  }
}
