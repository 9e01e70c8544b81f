package cn.minzheng.marriage.domain.offices;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Peak days of marriage registration: 5月20日, 2月14日, 七夕 (7th day of the 7th lunar month) and any day
 * an administrator marks. 七夕 comes from ICU4J's Chinese calendar in the Asia/Shanghai zone: in the
 * JVM's default zone (UTC) the day boundaries shift and dates come out one day off.
 */
@Component
public class PeakDays {

  private static final TimeZone SHANGHAI = TimeZone.getTimeZone("Asia/Shanghai");
  private static final MonthDay MAY_20 = MonthDay.of(5, 20);
  private static final MonthDay VALENTINE = MonthDay.of(2, 14);

  private final JdbcClient jdbc;

  PeakDays(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The Gregorian date of 七夕 in the given Gregorian year. */
  public static LocalDate qixi(int year) {
    ChineseCalendar lunar = new ChineseCalendar(SHANGHAI);
    lunar.clear();
    // Gregorian 1 July lies in the 5th or 6th lunar month of the same Chinese year, so that
    // year's 7th month (never a leap 7th in this range of use) is the one wanted.
    lunar.set(ChineseCalendar.EXTENDED_YEAR, extendedYearOf(year));
    lunar.set(ChineseCalendar.MONTH, 6); // zero-based: the 7th month
    lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    lunar.set(ChineseCalendar.DAY_OF_MONTH, 7);
    com.ibm.icu.util.GregorianCalendar gregorian = new com.ibm.icu.util.GregorianCalendar(SHANGHAI);
    gregorian.setTimeInMillis(lunar.getTimeInMillis());
    return LocalDate.of(
        gregorian.get(com.ibm.icu.util.Calendar.YEAR),
        gregorian.get(com.ibm.icu.util.Calendar.MONTH) + 1,
        gregorian.get(com.ibm.icu.util.Calendar.DAY_OF_MONTH));
  }

  /** The name of the peak day, empty when the day is an ordinary one. */
  public Optional<String> nameOf(LocalDate day) {
    MonthDay md = MonthDay.from(day);
    if (md.equals(MAY_20)) {
      return Optional.of("520");
    }
    if (md.equals(VALENTINE)) {
      return Optional.of("情人节");
    }
    if (day.equals(qixi(day.getYear()))) {
      return Optional.of("七夕");
    }
    return jdbc.sql("select name from marriage.peak_day where day = ?")
        .param(day)
        .query(String.class)
        .optional();
  }

  public boolean isPeak(LocalDate day) {
    return nameOf(day).isPresent();
  }

  /** Marks a day as peak day (idempotent). */
  public void mark(LocalDate day, String name) {
    jdbc.sql(
            "insert into marriage.peak_day (day, name) values (?, ?) "
                + "on conflict (day) do update set name = excluded.name")
        .param(day)
        .param(name)
        .update();
  }

  /**
   * The peak days of the Gregorian years {@code first} to {@code last}, past ones included: the
   * registration calendar shows this year's and next year's, so that an administrator sees the
   * whole year, not only what is left of it.
   */
  public SortedMap<LocalDate, String> inYears(int first, int last) {
    SortedMap<LocalDate, String> days = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      days.put(LocalDate.of(year, 2, 14), "情人节");
      days.put(LocalDate.of(year, 5, 20), "520");
      days.put(qixi(year), "七夕");
    }
    jdbc.sql("select day, name from marriage.peak_day where day between ? and ?")
        .params(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31))
        .query((rs, n) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getString("name")))
        .list()
        .forEach(e -> days.put(e.getKey(), e.getValue()));
    return days;
  }

  /**
   * The Chinese calendar's extended year for the lunar year that starts in Gregorian {@code year}.
   */
  private static int extendedYearOf(int gregorianYear) {
    ChineseCalendar probe = new ChineseCalendar(SHANGHAI);
    com.ibm.icu.util.GregorianCalendar july = new com.ibm.icu.util.GregorianCalendar(SHANGHAI);
    july.clear();
    july.set(gregorianYear, com.ibm.icu.util.Calendar.JULY, 1, 12, 0);
    probe.setTimeInMillis(july.getTimeInMillis());
    return probe.get(ChineseCalendar.EXTENDED_YEAR);
  }
}
