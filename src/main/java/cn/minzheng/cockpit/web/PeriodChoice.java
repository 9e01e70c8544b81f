package cn.minzheng.cockpit.web;

import cn.minzheng.cockpit.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The period of the page's form: a month, quarter, half year or year of a given year ({@code part}:
 * month 1-12, quarter 1-4, half 1-2), or custom dates. A missing or malformed value falls back to
 * the current half year: a tampered link shows a valid page.
 */
public record PeriodChoice(Kind kind, int year, int part, Period period) {

  public enum Kind {
    MONTH("月度"),
    QUARTER("季度"),
    HALF("半年"),
    YEAR("年度"),
    CUSTOM("自定义");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  static PeriodChoice of(
      String kind, Integer year, Integer part, String from, String to, LocalDate today) {
    Kind k = parseKind(kind);
    int y = year == null || year < 2000 || year > 2999 ? today.getYear() : year;
    if (k == Kind.CUSTOM) {
      LocalDate f = date(from);
      LocalDate t = date(to);
      if (f != null && t != null && !t.isBefore(f)) {
        return new PeriodChoice(k, f.getYear(), 1, new Period(f, t));
      }
      k = Kind.HALF;
    }
    int max =
        switch (k) {
          case MONTH -> 12;
          case QUARTER -> 4;
          case HALF -> 2;
          default -> 1;
        };
    int p = part == null || part < 1 || part > max ? defaultPart(k, today) : part;
    int months = 12 / max;
    YearMonth first = YearMonth.of(y, 1).plusMonths((long) (p - 1) * months);
    YearMonth last = first.plusMonths(months - 1L);
    return new PeriodChoice(k, y, p, new Period(first.atDay(1), last.atEndOfMonth()));
  }

  /** The part of the year today lies in. */
  private static int defaultPart(Kind k, LocalDate today) {
    int month = today.getMonthValue();
    return switch (k) {
      case MONTH -> month;
      case QUARTER -> (month + 2) / 3;
      case HALF -> month <= 6 ? 1 : 2;
      default -> 1;
    };
  }

  private static Kind parseKind(String kind) {
    try {
      return kind == null ? Kind.HALF : Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return Kind.HALF;
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public Kind[] kinds() {
    return Kind.values();
  }

  /** The query parameters that choose this period again (links of drill-down, list, export). */
  public String query() {
    return kind == Kind.CUSTOM
        ? "kind=CUSTOM&from=" + period.from() + "&to=" + period.to()
        : "kind=" + kind + "&year=" + year + "&part=" + part;
  }

  /** The period as the page's heading says it, e.g. 2026年上半年. */
  public String label() {
    return switch (kind) {
      case MONTH -> year + "年" + part + "月";
      case QUARTER -> year + "年第" + part + "季度";
      case HALF -> year + (part == 1 ? "年上半年" : "年下半年");
      case YEAR -> year + "年";
      case CUSTOM -> period.from() + "至" + period.to();
    };
  }
}
