package cn.minzheng.marriage.domain.booking;

import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizens' booking pages read, built for the opening minute of a peak day: two small
 * queries per step, each bounded (one office, at most two weeks or one day) and answered from the
 * slot's unique index (office, day, start), no joins, no counting of appointments; peak-day names
 * only for days that have peak slots.
 */
@Service
@Transactional(readOnly = true)
public class SlotBoard {

  /** Days with their free seats: the office's (office, day, start) index, two weeks at most. */
  static final String DAYS =
      "select day, sum(capacity - booked) free, bool_or(peak) peak from marriage.slot"
          + " where office_id = ? and day between ? and ? and not closed"
          + " group by day order by day";

  /** The slots of one office and day: the same index, one day's rows. */
  static final String SLOTS_OF_DAY =
      "select id, office_id, day, start_time, end_time, capacity, booked, peak from marriage.slot"
          + " where office_id = ? and day = ? and not closed order by start_time";

  public static final int DAYS_SHOWN = 14;

  /** A day that has open slots, with its free seats and, on a peak day, its name. */
  public record DayOffer(LocalDate day, long free, Optional<String> peakName) {}

  private final JdbcClient jdbc;
  private final PeakDays peakDays;

  SlotBoard(JdbcClient jdbc, PeakDays peakDays) {
    this.jdbc = jdbc;
    this.peakDays = peakDays;
  }

  /** The next {@link #DAYS_SHOWN} days from tomorrow that have slots. */
  public List<DayOffer> days(long officeId) {
    LocalDate from = ChinaTime.today().plusDays(1);
    return jdbc.sql(DAYS)
        .params(officeId, from, from.plusDays(DAYS_SHOWN - 1L))
        .query(
            (rs, n) -> {
              LocalDate day = rs.getObject("day", LocalDate.class);
              Optional<String> name =
                  rs.getBoolean("peak")
                      ? peakDays.nameOf(day).or(() -> Optional.of("高峰日"))
                      : Optional.empty();
              return new DayOffer(day, rs.getLong("free"), name);
            })
        .list();
  }

  /** The open slots of one day; empty for today and past days (only tomorrow on is bookable). */
  public List<Slot> slots(long officeId, LocalDate day) {
    if (!day.isAfter(ChinaTime.today())) {
      return List.of();
    }
    return jdbc.sql(SLOTS_OF_DAY).params(officeId, day).query(AppointmentStore::slot).list();
  }
}
