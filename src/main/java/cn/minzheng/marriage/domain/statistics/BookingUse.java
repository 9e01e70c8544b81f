package cn.minzheng.marriage.domain.statistics;

import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking use of single slots and of peak days: capacity, booked (seats taken, cancellations given
 * back), attended (checked in or registered) and no-shows. Bounded: one office and at most {@link
 * #MAX_DAYS} days per slot listing; peak days only (a handful a year).
 */
@Service
@Transactional(readOnly = true)
public class BookingUse {

  public static final int MAX_DAYS = 62;

  /** Use of one slot. */
  public record SlotFigures(
      LocalDate day,
      LocalTime start,
      LocalTime end,
      boolean peak,
      boolean closed,
      Figures figures) {}

  /** Use of one peak day over the offices in scope. */
  public record PeakDayFigures(LocalDate day, String name, int offices, Figures figures) {}

  /** Capacity vs booked vs attended vs no-show. */
  public record Figures(long capacity, long booked, long attended, long noShows) {

    public long percentBooked() {
      return capacity == 0 ? 0 : Math.round(100.0 * booked / capacity);
    }
  }

  private static final String PER_SLOT =
      """
      select s.id, s.owner_key office_id, s.day, s.start_time, s.end_time, s.peak, s.closed, s.capacity,
             s.booked,
             (select count(*) from marriage.appointment a where a.slot_id = s.id
                 and a.status in ('CHECKED_IN', 'COMPLETED')) attended,
             (select count(*) from marriage.appointment a where a.slot_id = s.id
                 and a.status = 'NO_SHOW') no_shows
        from booking.slot_fact s
        join marriage.office o on o.id = s.owner_key and s.owner = 'marriage.office'
      """;

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final Offices offices;
  private final PeakDays peakDays;

  BookingUse(JdbcClient jdbc, DataScope scope, Offices offices, PeakDays peakDays) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.offices = offices;
    this.peakDays = peakDays;
  }

  /** Every slot of one office (in the caller's scope, else "not found") from..to. */
  public List<SlotFigures> slots(long officeId, LocalDate from, LocalDate to) {
    Office office = offices.find(officeId).orElseThrow(() -> new RecordNotFoundException("office"));
    scope.requireInScope(office.regionCode());
    LocalDate last = to.isAfter(from.plusDays(MAX_DAYS - 1L)) ? from.plusDays(MAX_DAYS - 1L) : to;
    return jdbc.sql(
            PER_SLOT
                + " where s.owner = 'marriage.office' and s.owner_key = ? and s.day between ? and ? order by 3, 4")
        .params(officeId, from, last)
        .query(
            (rs, n) ->
                new SlotFigures(
                    rs.getObject("day", LocalDate.class),
                    rs.getTime("start_time").toLocalTime(),
                    rs.getTime("end_time").toLocalTime(),
                    rs.getBoolean("peak"),
                    rs.getBoolean("closed"),
                    figures(rs)))
        .list();
  }

  /** The peak days from..to, summed over the offices in the caller's scope. */
  public List<PeakDayFigures> peakDays(LocalDate from, LocalDate to) {
    RegionFilter f = scope.current();
    return jdbc.sql(
            "select day, count(distinct office_id) offices, sum(capacity) capacity,"
                + " sum(booked) booked, sum(attended) attended, sum(no_shows) no_shows from ("
                + PER_SLOT
                + " where s.peak and s.day between ? and ? and (? or o.region_code = any(?))"
                + ") per_slot group by day order by day")
        .params(from, to, f.unrestricted(), f.codesArray())
        .query(
            (rs, n) -> {
              LocalDate day = rs.getObject("day", LocalDate.class);
              return new PeakDayFigures(
                  day, peakDays.nameOf(day).orElse("高峰日"), rs.getInt("offices"), figures(rs));
            })
        .list();
  }

  private static Figures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Figures(
        rs.getLong("capacity"),
        rs.getLong("booked"),
        rs.getLong("attended"),
        rs.getLong("no_shows"));
  }
}
