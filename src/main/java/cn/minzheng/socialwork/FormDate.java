package cn.minzheng.socialwork;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A date typed into one of the module's forms, read through {@link PlausibleDate} so that an absurd
 * year (a station opened in 0001, a deadline in 9999) is refused with a Chinese message naming the
 * field instead of being stored.
 */
public final class FormDate {

  private FormDate() {}

  /**
   * The date, or null with {@code "label：reason"} put under {@code field} in {@code errors} when it
   * is blank, unreadable or outside its span.
   */
  public static @Nullable LocalDate read(
      @Nullable String raw, Span span, String field, String label, Map<String, String> errors) {
    if (raw == null || raw.isBlank()) {
      errors.put(field, label + "：必填");
      return null;
    }
    try {
      return PlausibleDate.parse(raw, span, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      errors.put(field, label + "：" + e.getMessage());
      return null;
    }
  }
}
