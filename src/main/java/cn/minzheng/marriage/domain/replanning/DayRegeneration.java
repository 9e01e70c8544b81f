package cn.minzheng.marriage.domain.replanning;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Slot;
import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.offices.OfficeSlots;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-plans a day whose slots exist already after its rule changed: the day was marked as a peak day
 * (the peak-day template applies), or an office's template changed. Generation alone never touches
 * an existing slot, so without this a peak day marked late kept its ordinary slots.
 *
 * <p>The day's slots of an office are locked first ({@link Slots#lockDay}): a booking racing with
 * the re-planning either took its seat before (and keeps it) or waits and then finds its slot
 * re-planned, closed or gone, and is refused rather than given a seat that no longer exists. The
 * plan is then applied by {@link DayPlan}: no booking is cancelled or moved, no seat lost. The run
 * is audited.
 */
@Service
@Transactional
public class DayRegeneration {

  /** What a re-planning did, summed over the offices that had slots that day. */
  public record Outcome(
      int offices, int opened, int replanned, int removed, int kept, int keptBookings) {}

  /** A day whose slots were made before it became a peak day: how many, how many seats taken. */
  public record StaleDay(LocalDate day, int slots, int booked) {}

  private final JdbcClient jdbc;
  private final Slots slots;
  private final OfficeSlots officeSlots;
  private final SlotGenerator generator;
  private final AuditLog audit;

  DayRegeneration(
      JdbcClient jdbc,
      Slots slots,
      OfficeSlots officeSlots,
      SlotGenerator generator,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.slots = slots;
    this.officeSlots = officeSlots;
    this.generator = generator;
    this.audit = audit;
  }

  /**
   * Re-plans the day's slots by the day's rule, of one office or (null) of every office that has
   * slots that day.
   */
  public Outcome regenerate(LocalDate day, @Nullable Long officeId) {
    if (!day.isAfter(ChinaTime.today())) {
      throw new BookingRejectedException("day", "日期：只能重新生成明天及以后的时段");
    }
    Map<Long, List<NewSlot>> planByResource =
        generator.planOf(day).stream().collect(Collectors.groupingBy(NewSlot::resourceId));
    List<Long> offices =
        jdbc.sql(
                "select distinct owner_key from booking.slot_fact where owner = ? and day = ?"
                    + " and (?::bigint is null or owner_key = ?) order by owner_key")
            .params(OfficeSlots.OWNER, day, officeId, officeId)
            .query(Long.class)
            .list();
    Outcome total = new Outcome(0, 0, 0, 0, 0, 0);
    for (long office : offices) {
      long resource = officeSlots.resourceOf(office);
      List<Slot> existing = slots.lockDay(resource, day);
      DayPlan plan =
          DayPlan.of(
              existing,
              planByResource.getOrDefault(resource, List.of()),
              everBooked(existing.stream().map(Slot::id).toList()));
      slots.close(plan.toClose());
      plan.toReplan().forEach(r -> slots.replan(r.slotId(), r.end(), r.capacity(), r.peak()));
      int removed = slots.removeUnused(plan.toRemove());
      int opened = slots.open(plan.toOpen());
      total =
          new Outcome(
              total.offices() + 1,
              total.opened() + opened,
              total.replanned() + plan.toReplan().size(),
              total.removed() + removed,
              total.kept() + plan.keptSlots(),
              total.keptBookings() + plan.keptBookings());
    }
    audit.record(
        AuditEvent.success(
            "marriage.slots.regenerate",
            "day",
            day.toString(),
            (officeId == null ? "every office" : "office " + officeId)
                + ": "
                + total.offices()
                + " offices, opened "
                + total.opened()
                + ", replanned "
                + total.replanned()
                + ", removed "
                + total.removed()
                + ", kept "
                + total.kept()
                + " slots with "
                + total.keptBookings()
                + " bookings"));
    return total;
  }

  /**
   * Re-plans every day from tomorrow on that has slots of the office, by the office's templates as
   * they are now (after a template was changed, added or removed).
   */
  public Outcome regenerateOffice(long officeId) {
    List<LocalDate> days =
        jdbc.sql(
                "select distinct day from booking.slot_fact where owner = ? and owner_key = ?"
                    + " and day > ? order by day")
            .params(OfficeSlots.OWNER, officeId, ChinaTime.today())
            .query(LocalDate.class)
            .list();
    Outcome total = new Outcome(0, 0, 0, 0, 0, 0);
    for (LocalDate day : days) {
      Outcome o = regenerate(day, officeId);
      total =
          new Outcome(
              Math.max(total.offices(), o.offices()),
              total.opened() + o.opened(),
              total.replanned() + o.replanned(),
              total.removed() + o.removed(),
              total.kept() + o.kept(),
              total.keptBookings() + o.keptBookings());
    }
    return total;
  }

  /**
   * The peak days among {@code days} (from tomorrow on) whose open slots were made before the day
   * became a peak day, with their slots and taken seats: the calendar page warns of them.
   */
  @Transactional(readOnly = true)
  public List<StaleDay> staleAmong(Collection<LocalDate> days) {
    if (days.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select day, count(*) slots, coalesce(sum(booked), 0) booked from booking.slot_fact
             where owner = ? and day = any(?::date[]) and day > ? and not peak and not closed
             group by day order by day""")
        .params(
            OfficeSlots.OWNER,
            days.stream().map(LocalDate::toString).toArray(String[]::new),
            ChinaTime.today())
        .query(
            (rs, n) ->
                new StaleDay(
                    rs.getObject("day", LocalDate.class), rs.getInt("slots"), rs.getInt("booked")))
        .list();
  }

  /** The slots among {@code ids} that any appointment refers to, cancelled ones included. */
  private List<Long> everBooked(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select distinct slot_id from marriage.appointment where slot_id = any(?)")
        .param(ids.toArray(Long[]::new))
        .query(Long.class)
        .list();
  }
}
