package cn.minzheng.marriage.domain.offices;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Slots;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the slots of the coming weeks from the templates. Idempotent: an existing slot (same
 * office, day and start) is left as it is, so re-running never duplicates slots nor resets their
 * bookings. Holidays and an office's closed days get no slots; peak days use the office's peak
 * template when it has one.
 */
@Service
public class SlotGenerator {

  private static final String PLAN =
      """
      select t.office_id, t.start_time, t.end_time, t.capacity
        from marriage.slot_template t
        join marriage.office o on o.id = t.office_id and o.active
       where not exists (select 1 from marriage.office_closure c
                          where c.office_id = t.office_id and c.day = :day)
         and ((:peak and t.kind = 'PEAK')
          or (t.kind = 'REGULAR' and t.day_of_week = :dow
              and not (:peak and exists (select 1 from marriage.slot_template p
                                          where p.office_id = t.office_id and p.kind = 'PEAK'))))
      """;

  private final JdbcClient jdbc;
  private final Offices offices;
  private final PeakDays peakDays;
  private final Slots slots;
  private final OfficeSlots officeSlots;
  private final int weeksAhead;

  SlotGenerator(
      JdbcClient jdbc,
      Offices offices,
      PeakDays peakDays,
      Slots slots,
      OfficeSlots officeSlots,
      @Value("${minzheng.marriage.slots.weeks-ahead:4}") int weeksAhead) {
    this.jdbc = jdbc;
    this.offices = offices;
    this.peakDays = peakDays;
    this.slots = slots;
    this.officeSlots = officeSlots;
    this.weeksAhead = weeksAhead;
  }

  /** Nightly: keeps the configured number of weeks open for booking. */
  @Scheduled(cron = "${minzheng.marriage.slots.cron:0 10 0 * * *}", zone = "Asia/Shanghai")
  public void generateAhead() {
    generate(ChinaTime.today().plusDays(1), weeksAhead);
  }

  /** Generates slots for {@code weeks} weeks starting at {@code from}; answers slots created. */
  @Transactional
  public int generate(LocalDate from, int weeks) {
    List<NewSlot> planned = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(from.plusWeeks(weeks)); day = day.plusDays(1)) {
      planned.addAll(planOf(day));
    }
    return slots.open(planned);
  }

  /**
   * The slots the rules give a day, every active office: none on a holiday nor on an office's
   * closed day; on a peak day the office's peak template where it has one, else its weekday's.
   */
  @Transactional(readOnly = true)
  public List<NewSlot> planOf(LocalDate day) {
    if (offices.isHoliday(day)) {
      return List.of();
    }
    boolean peak = peakDays.isPeak(day);
    return jdbc.sql(PLAN)
        .param("day", day)
        .param("peak", peak)
        .param("dow", day.getDayOfWeek().getValue())
        .query(
            (rs, n) ->
                new NewSlot(
                    officeSlots.resourceOf(rs.getLong("office_id")),
                    day,
                    rs.getTime("start_time").toLocalTime(),
                    rs.getTime("end_time").toLocalTime(),
                    rs.getInt("capacity"),
                    peak))
        .list();
  }
}
