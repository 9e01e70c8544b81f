/**
 * 工作日历: the city's one working-day calendar (public holidays and 调休 of the State Council's yearly
 * notice, kept by the city administrators), which every "N working days" rule counts with through
 * {@link cn.minzheng.calendar.WorkingCalendar}. A holiday listed after the fact is announced as
 * {@link cn.minzheng.calendar.PublicHolidayDeclared}, so that modules which planned the day
 * (marriage appointment slots) close it.
 *
 * <p>It was part of {@code platform} until its own module: its table moved from schema {@code
 * platform} to {@code calendar} (see db/migration/calendar/V1).
 */
@NullMarked
@ApplicationModule(
    displayName = "工作日历",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: shell"
    })
package cn.minzheng.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
