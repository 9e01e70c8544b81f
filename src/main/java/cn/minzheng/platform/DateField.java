package cn.minzheng.platform;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A date or month typed into a page's form field that a handler reads itself (not bound into a form
 * object): read as 年-月-日 by the platform's one rule ({@link PlausibleDate}), refused as {@link
 * InvalidInput} naming the field and its label, so that 0001-01-01, 9999-12-31 or a birth date in
 * the future get a Chinese message next to the field instead of being stored.
 */
@NamedInterface("problems")
public final class DateField {

  private DateField() {}

  /** The date, or null when left empty. */
  public static @Nullable LocalDate optional(
      String field, String label, @Nullable String text, Span span) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return PlausibleDate.parse(text, span, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput(field, label + "：" + e.getMessage());
    }
  }

  /** The date; an empty field is refused ("label：请填写"). */
  public static LocalDate required(String field, String label, @Nullable String text, Span span) {
    LocalDate date = optional(field, label, text, span);
    if (date == null) {
      throw new InvalidInput(field, label + "：请填写");
    }
    return date;
  }

  /** A month typed as 年-月 (a browser's month input), or null when left empty. */
  public static @Nullable YearMonth optionalMonth(
      String field, String label, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return PlausibleDate.parseMonth(text, Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput(field, label + "：" + e.getMessage());
    }
  }

  /** A month typed as 年-月; an empty field is refused ("label：请填写"). */
  public static YearMonth month(String field, String label, @Nullable String text) {
    YearMonth month = optionalMonth(field, label, text);
    if (month == null) {
      throw new InvalidInput(field, label + "：请填写");
    }
    return month;
  }
}
