package cn.minzheng.marriage.domain.statistics;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures of the offices in the caller's scope: registrations, booking use, no-show rate. */
@Service
@Transactional(readOnly = true)
public class MarriageStatistics {

  public record MonthlyRegistrations(String month, String office, String type, long count) {}

  public record SlotUse(String office, LocalDate day, boolean peak, long booked, long capacity) {

    public long percent() {
      return capacity == 0 ? 0 : Math.round(100.0 * booked / capacity);
    }
  }

  public record NoShowRate(String office, long due, long noShows) {

    public long percent() {
      return due == 0 ? 0 : Math.round(100.0 * noShows / due);
    }
  }

  private static final String SCOPE = " and (? or o.region_code = any(?))";

  private final JdbcClient jdbc;
  private final DataScope scope;

  MarriageStatistics(JdbcClient jdbc, DataScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  public List<MonthlyRegistrations> registrations(LocalDate from, LocalDate to) {
    RegionFilter f = scope.current();
    return jdbc.sql(
            "select to_char(r.registered_on, 'YYYY-MM') m, o.name, r.type, count(*) n"
                + " from marriage.registration r join marriage.office o on o.id = r.office_id"
                + " where r.registered_on between ? and ?"
                + SCOPE
                + " group by 1, 2, 3 order by 1 desc, 2, 3")
        .params(from, to, f.unrestricted(), f.codesArray())
        .query(
            (rs, n) ->
                new MonthlyRegistrations(
                    rs.getString("m"),
                    rs.getString("name"),
                    AppointmentType.valueOf(rs.getString("type")).label(),
                    rs.getLong("n")))
        .list();
  }

  public List<SlotUse> slotUse(LocalDate from, LocalDate to) {
    RegionFilter f = scope.current();
    return jdbc.sql(
            "select o.name, s.day, bool_or(s.peak) peak, sum(s.booked) booked,"
                + " sum(s.capacity) capacity from booking.slot_fact s"
                + " join marriage.office o on o.id = s.owner_key and s.owner = 'marriage.office' where s.day between ? and ?"
                + SCOPE
                + " group by o.name, s.day order by s.day, o.name")
        .params(from, to, f.unrestricted(), f.codesArray())
        .query(
            (rs, n) ->
                new SlotUse(
                    rs.getString("name"),
                    rs.getObject("day", LocalDate.class),
                    rs.getBoolean("peak"),
                    rs.getLong("booked"),
                    rs.getLong("capacity")))
        .list();
  }

  /** Of the appointments whose day has come (not cancelled), the share nobody attended. */
  public List<NoShowRate> noShows(LocalDate from, LocalDate to) {
    RegionFilter f = scope.current();
    return jdbc.sql(
            "select o.name, count(*) due, count(*) filter (where a.status = 'NO_SHOW') no_shows"
                + " from marriage.appointment a join booking.slot_fact s on s.id = a.slot_id"
                + " join marriage.office o on o.id = a.office_id"
                + " where s.day between ? and ? and a.status <> 'CANCELLED'"
                + SCOPE
                + " group by o.name order by o.name")
        .params(from, to, f.unrestricted(), f.codesArray())
        .query(
            (rs, n) ->
                new NoShowRate(rs.getString("name"), rs.getLong("due"), rs.getLong("no_shows")))
        .list();
  }
}
