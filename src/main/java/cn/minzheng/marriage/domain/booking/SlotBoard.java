package cn.minzheng.marriage.domain.booking;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.offices.OfficeSlots;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizens' booking pages read, built for the opening minute of a peak day: one small
 * query per step in the booking engine, each bounded (one office's resource, at most two weeks or
 * one day) and answered from the slot's unique index (resource, day, start), no counting of
 * appointments; peak-day names only for days that have peak slots.
 */
@Service
@Transactional(readOnly = true)
public class SlotBoard {

  public static final int DAYS_SHOWN = 14;

  /** A day that has open slots, with its free seats and, on a peak day, its name. */
  public record DayOffer(LocalDate day, long free, Optional<String> peakName) {}

  private final Slots slots;
  private final OfficeSlots offices;
  private final PeakDays peakDays;

  SlotBoard(Slots slots, OfficeSlots offices, PeakDays peakDays) {
    this.slots = slots;
    this.offices = offices;
    this.peakDays = peakDays;
  }

  /** The next {@link #DAYS_SHOWN} days from tomorrow that have slots. */
  public List<DayOffer> days(long officeId) {
    LocalDate from = ChinaTime.today().plusDays(1);
    return slots
        .freeDays(offices.resourceOf(officeId), from, from.plusDays(DAYS_SHOWN - 1L))
        .stream()
        .map(
            d ->
                new DayOffer(
                    d.day(),
                    d.free(),
                    d.peak()
                        ? peakDays.nameOf(d.day()).or(() -> Optional.of("高峰日"))
                        : Optional.empty()))
        .toList();
  }

  /** A slot of a registry office, as the booking form shows it; empty for another owner's slot. */
  public Optional<Slot> slot(long slotId) {
    return slots
        .find(slotId)
        .filter(
            s ->
                slots
                    .resourceOf(OfficeSlots.OWNER, s.ownerKey())
                    .filter(r -> r == s.resourceId())
                    .isPresent())
        .map(Slot::of);
  }

  /** The open slots of one day; empty for today and past days (only tomorrow on is bookable). */
  public List<Slot> slots(long officeId, LocalDate day) {
    if (!day.isAfter(ChinaTime.today())) {
      return List.of();
    }
    return slots.openSlots(offices.resourceOf(officeId), day, day).stream().map(Slot::of).toList();
  }
}
