package cn.minzheng.calendar.days;

import cn.minzheng.calendar.PublicHolidayDeclared;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.shared.ChinaTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the calendar: listing a day (upsert) and removing it, each audited. A holiday listed for
 * today or later is announced, so that modules which planned the day can close it.
 */
@Service
class CalendarDays {

  static final int MAX_NAME = 40;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CalendarDays(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  @Transactional(readOnly = true)
  List<CalendarDay> ofYear(int year) {
    return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The listed days from {@code from} to {@code to}, both included. */
  @Transactional(readOnly = true)
  List<CalendarDay> between(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select day, name, working, updated_by from calendar.calendar_day"
                + " where day between ? and ? order by day")
        .params(from, to)
        .query(
            (rs, n) ->
                new CalendarDay(
                    rs.getObject("day", LocalDate.class),
                    rs.getString("name"),
                    rs.getBoolean("working"),
                    rs.getString("updated_by")))
        .list();
  }

  /** Lists {@code day} as a holiday or as a worked weekend day; throws with the field named. */
  @Transactional
  void list(LocalDate day, String name, boolean working, String by) {
    String cleanName = name == null ? "" : name.strip();
    if (day == null) {
      throw new CalendarRuleViolation("日期：不能为空");
    }
    if (cleanName.isEmpty() || cleanName.codePointCount(0, cleanName.length()) > MAX_NAME) {
      throw new CalendarRuleViolation("名称：不能为空，最多" + MAX_NAME + "个字");
    }
    if (working && !weekend(day)) {
      throw new CalendarRuleViolation("日期：调休上班日必须是周六或周日（" + day + "是工作日）");
    }
    jdbc.sql(
            """
            insert into calendar.calendar_day (day, name, working, updated_by, updated_at)
            values (?, ?, ?, ?, now())
            on conflict (day) do update set name = excluded.name, working = excluded.working,
              updated_by = excluded.updated_by, updated_at = now()""")
        .params(day, cleanName, working, by)
        .update();
    audit.record(
        AuditEvent.success(
            "platform.calendar.list", "calendar-day", day.toString(), kind(working, cleanName)));
    if (!working && !day.isBefore(ChinaTime.today())) {
      events.publishEvent(new PublicHolidayDeclared(day, cleanName));
    }
  }

  /** Removes a listed day: it counts as a plain weekday or weekend day again. */
  @Transactional
  boolean remove(LocalDate day) {
    int removed = jdbc.sql("delete from calendar.calendar_day where day = ?").param(day).update();
    if (removed > 0) {
      audit.record(
          AuditEvent.success("platform.calendar.remove", "calendar-day", day.toString(), null));
    }
    return removed > 0;
  }

  private static String kind(boolean working, String name) {
    return (working ? "调休上班 " : "放假 ") + name;
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
