package cn.minzheng.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The range a date typed by a person may plausibly take, so that a consent "signed" in 2099, a
 * visit in 2099 or an order for 1900 is refused naming the field instead of being stored. Every
 * date the platform reads from a form, a JSON body or a query lies between 1900-01-01 (the oldest
 * residents' births) and 2100-12-31; a date that records something done lies on or before today
 * ({@link Happened}); a date of a service ordered or planned lies within a year of today ({@link
 * Near}).
 */
public final class PlausibleDate {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private PlausibleDate() {}

  /** A date on which something was done (signed, visited, died, received): not after today. */
  @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Happened {}

  /** A date of a service ordered, planned or booked: within one year before or after today. */
  @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Near {}

  /** Which of the ranges applies to a date. */
  public enum Span {
    ANY,
    HAPPENED,
    NEAR
  }

  /** The message for text that is not a month in the form 年-月. */
  public static final String UNREADABLE_MONTH = "月份格式应为 年-月（如 2024-03）";

  /** The message for text that is not a date in the form 年-月-日. */
  public static final String UNREADABLE = "日期格式应为 年-月-日（如 2024-03-01）";

  /**
   * Reads 年-月-日 (as a browser's date input sends it) and checks the span.
   *
   * @throws ImplausibleValueException with the Chinese reason
   */
  public static LocalDate parse(String text, Span span, LocalDate today) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ImplausibleValueException(UNREADABLE);
    }
    return check(date, span, today);
  }

  /**
   * The date itself if it is plausible for its span.
   *
   * @throws ImplausibleValueException with the Chinese reason
   */
  public static LocalDate check(LocalDate date, Span span, LocalDate today) {
    problem(date, span, today)
        .ifPresent(
            message -> {
              throw new ImplausibleValueException(message);
            });
    return date;
  }

  /** The Chinese reason the date is implausible for its span on {@code today}, if it is. */
  public static Optional<String> problem(LocalDate date, Span span, LocalDate today) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      return Optional.of("日期超出合理范围（" + EARLIEST + " 至 " + LATEST + "）");
    }
    return switch (span) {
      case ANY -> Optional.empty();
      case HAPPENED ->
          date.isAfter(today) ? Optional.of("日期不能晚于今天（" + today + "）") : Optional.empty();
      case NEAR ->
          date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(1))
              ? Optional.of(
                  "日期应在今天前后一年之内（" + today.minusYears(1) + " 至 " + today.plusYears(1) + "）")
              : Optional.empty();
    };
  }

  /**
   * Reads 年-月 (as a browser's month input sends it) and checks the span by months: 1900-01 to
   * 2100-12; not after this month ({@link Span#HAPPENED}); within twelve months of this month
   * ({@link Span#NEAR}), so that a monthly run or a settlement for 9999-12 is refused.
   *
   * @throws ImplausibleValueException with the Chinese reason
   */
  public static YearMonth parseMonth(String text, Span span, LocalDate today) {
    YearMonth month;
    try {
      month = YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ImplausibleValueException(UNREADABLE_MONTH);
    }
    YearMonth now = YearMonth.from(today);
    if (month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(YearMonth.from(LATEST))) {
      throw new ImplausibleValueException(
          "月份超出合理范围（" + YearMonth.from(EARLIEST) + " 至 " + YearMonth.from(LATEST) + "）");
    }
    if (span == Span.HAPPENED && month.isAfter(now)) {
      throw new ImplausibleValueException("月份不能晚于本月（" + now + "）");
    }
    if (span == Span.NEAR
        && (month.isBefore(now.minusMonths(12)) || month.isAfter(now.plusMonths(12)))) {
      throw new ImplausibleValueException(
          "月份应在本月前后十二个月之内（" + now.minusMonths(12) + " 至 " + now.plusMonths(12) + "）");
    }
    return month;
  }
}
