package cn.minzheng.marriage.domain.replanning;

import cn.minzheng.booking.NewSlot;
import cn.minzheng.booking.Slot;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What re-planning a day does to one office's slots, decided from the slots as they are (locked)
 * and the day's plan. No seat is lost and the day offers what its rule says:
 *
 * <ul>
 *   <li>a planned slot whose start a slot has already: that slot takes the planned end, capacity
 *       and peak mark, never fewer seats than are taken;
 *   <li>a slot the plan no longer has: removed when nobody ever booked it, closed (never offered
 *       again) when any appointment refers to it; its taken seats stay, and count against the
 *       planned slot in whose time it starts, so that time offers the rule's seats in all;
 *   <li>a planned start without a slot: opened, with the seats left.
 * </ul>
 */
record DayPlan(
    List<Long> toClose,
    List<Replan> toReplan,
    List<Long> toRemove,
    List<NewSlot> toOpen,
    int keptSlots,
    int keptBookings) {

  /** An existing slot given the plan's end, capacity and peak mark. */
  record Replan(long slotId, LocalTime end, int capacity, boolean peak) {}

  static DayPlan of(List<Slot> existing, List<NewSlot> planned, Collection<Long> everBooked) {
    Map<LocalTime, Slot> byStart =
        existing.stream().collect(Collectors.toMap(Slot::start, Function.identity()));
    Set<LocalTime> plannedStarts = planned.stream().map(NewSlot::start).collect(Collectors.toSet());
    List<Long> close = new ArrayList<>();
    List<Long> remove = new ArrayList<>();
    List<Replan> replan = new ArrayList<>();
    List<NewSlot> open = new ArrayList<>();
    Map<LocalTime, Integer> heldElsewhere = new HashMap<>();
    int keptSlots = 0;
    int keptBookings = 0;
    for (Slot s : existing) {
      if (plannedStarts.contains(s.start())) {
        continue;
      }
      if (s.booked() > 0) {
        close.add(s.id());
        keptSlots++;
        keptBookings += s.booked();
        planned.stream()
            .filter(p -> !p.start().isAfter(s.start()) && p.end().isAfter(s.start()))
            .findFirst()
            .ifPresent(p -> heldElsewhere.merge(p.start(), s.booked(), Integer::sum));
      } else if (everBooked.contains(s.id())) {
        close.add(s.id());
      } else {
        remove.add(s.id());
      }
    }
    for (NewSlot p : planned) {
      int seats = p.capacity() - heldElsewhere.getOrDefault(p.start(), 0);
      Slot s = byStart.get(p.start());
      if (s == null) {
        if (seats > 0) {
          open.add(new NewSlot(p.resourceId(), p.day(), p.start(), p.end(), seats, p.peak()));
        }
      } else if (seats > 0 || s.booked() > 0) {
        replan.add(new Replan(s.id(), p.end(), Math.max(seats, s.booked()), p.peak()));
        if (s.booked() > 0) {
          keptBookings += s.booked();
        }
      } else if (everBooked.contains(s.id())) {
        close.add(s.id());
      } else {
        remove.add(s.id());
      }
    }
    return new DayPlan(close, replan, remove, open, keptSlots, keptBookings);
  }
}
