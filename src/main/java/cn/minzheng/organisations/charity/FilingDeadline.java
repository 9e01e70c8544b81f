package cn.minzheng.organisations.charity;

import cn.minzheng.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The 7-day filing of a charitable trust and of its changes (慈善法 art. 45: "在慈善信托文件签订之日起七日内";
 * 慈善信托管理办法 art. 26). The law counts <em>calendar</em> days, not working days: the day of signing is
 * not counted (民法典 art. 201), so a trust signed on day 0 is on time when filed up to day 7, late
 * from day 8. When day 7 is not a working day of the city's calendar (weekend or public holiday)
 * the period ends on the next working day instead (民法典 art. 203:
 * 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日); a weekend day worked instead of a holiday (调休) is a working
 * day and ends the period.
 */
@Component
public class FilingDeadline {

  /** Calendar days from signing to the last day of the filing period. */
  public static final int DAYS = 7;

  /**
   * Calendar days from the terminating event to the last day of the termination report (慈善法 2016
   * art. 56: "于终止事由发生之日起十五日内 … 报告备案的民政部门"), counted the same way.
   */
  public static final int TERMINATION_DAYS = 15;

  private final WorkingCalendar calendar;

  FilingDeadline(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** The last day (inclusive) to file documents signed on {@code signedOn}. */
  public LocalDate due(LocalDate signedOn) {
    return due(signedOn, DAYS);
  }

  /** The last day (inclusive) of a period of {@code days} calendar days from {@code from}. */
  public LocalDate due(LocalDate from, int days) {
    LocalDate due = from.plusDays(days);
    while (!calendar.isWorkingDay(due)) {
      due = due.plusDays(1);
    }
    return due;
  }

  /** Filed on {@code filedOn}: late when after the due day. */
  public boolean late(LocalDate signedOn, LocalDate filedOn) {
    return filedOn.isAfter(due(signedOn));
  }
}
