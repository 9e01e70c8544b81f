package cn.minzheng.calendar.days;

import java.time.LocalDate;

/** A listed day of the working calendar: a public holiday, or a weekend day worked (调休). */
public record CalendarDay(LocalDate day, String name, boolean working, String updatedBy) {

  public String kind() {
    return working ? "调休上班" : "放假";
  }
}
