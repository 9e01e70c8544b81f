package cn.minzheng.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The city's one working-day calendar: Monday to Friday, minus the public holidays and plus the
 * weekend days worked instead (调休) of the State Council's yearly notice, kept by the city
 * administrators. Every "N working days" rule of every module counts with it.
 */
public interface WorkingCalendar {

  /** Whether {@code day} is a working day. */
  boolean isWorkingDay(LocalDate day);

  /** The name of the public holiday on {@code day} (e.g. 国庆节), empty on any other day. */
  Optional<String> publicHoliday(LocalDate day);

  /** The day {@code days} working days after {@code from} ({@code from} itself not counted). */
  LocalDate plusWorkingDays(LocalDate from, int days);

  /** The working days after {@code from} up to and including {@code to}; 0 when to ≤ from. */
  int workingDaysBetween(LocalDate from, LocalDate to);
}
