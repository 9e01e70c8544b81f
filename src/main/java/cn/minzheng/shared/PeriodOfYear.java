package cn.minzheng.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period of a statistics page: a month, quarter, half year or year of a year ({@code
 * part}: month 1–12, quarter 1–4, half 1–2, year 1), both days inclusive. A missing or out-of-range
 * value falls back to the part of the current year that today lies in, so a tampered link shows a
 * valid page.
 */
public record PeriodOfYear(Kind kind, int year, int part) {

  public enum Kind {
    MONTH("月度", 12),
    QUARTER("季度", 4),
    HALF("半年", 2),
    YEAR("年度", 1);

    private final String label;
    private final int parts;

    Kind(String label, int parts) {
      this.label = label;
      this.parts = parts;
    }

    public String label() {
      return label;
    }

    /** How many such periods a year has. */
    public int parts() {
      return parts;
    }
  }

  public PeriodOfYear {
    if (part < 1 || part > kind.parts()) {
      throw new IllegalArgumentException(kind + " has parts 1.." + kind.parts());
    }
  }

  /**
   * The period a form asks for; what is missing or absurd falls back to a quarter, this year, and
   * the part today lies in.
   */
  public static PeriodOfYear of(
      @Nullable String kind, @Nullable Integer year, @Nullable Integer part, LocalDate today) {
    Kind k = Kind.QUARTER;
    for (Kind candidate : Kind.values()) {
      if (candidate.name().equals(kind)) {
        k = candidate;
      }
    }
    int y =
        year == null
                || year < PlausibleDate.EARLIEST.getYear()
                || year > PlausibleDate.LATEST.getYear()
            ? today.getYear()
            : year;
    int monthsPerPart = 12 / k.parts();
    int current = (today.getMonthValue() - 1) / monthsPerPart + 1;
    int p = part == null || part < 1 || part > k.parts() ? current : part;
    return new PeriodOfYear(k, y, p);
  }

  public LocalDate from() {
    return YearMonth.of(year, 1).plusMonths((long) (part - 1) * (12 / kind.parts())).atDay(1);
  }

  public LocalDate to() {
    return YearMonth.from(from()).plusMonths(12 / kind.parts() - 1L).atEndOfMonth();
  }

  /** 2026年第3季度, 2026年上半年, 2026年12月, 2026年. */
  @Override
  public String toString() {
    return switch (kind) {
      case MONTH -> year + "年" + part + "月";
      case QUARTER -> year + "年第" + part + "季度";
      case HALF -> year + "年" + (part == 1 ? "上半年" : "下半年");
      case YEAR -> year + "年";
    };
  }
}
