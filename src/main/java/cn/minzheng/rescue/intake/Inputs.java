package cn.minzheng.rescue.intake;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Reading the stations' forms: every refusal names the field in Chinese (label：problem). */
final class Inputs {

  private Inputs() {}

  static String text(String field, String label, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, label + "：请填写");
    }
    String trimmed = value.trim();
    if (trimmed.length() > max) {
      throw new InvalidInput(field, label + "：不能超过 " + max + " 个字");
    }
    return trimmed;
  }

  static String optionalText(String field, String label, String value, int max) {
    return value == null || value.isBlank() ? null : text(field, label, value, max);
  }

  /** A date not after today (records of what happened). */
  static LocalDate pastDate(String field, String label, String value) {
    LocalDate day = plausible(field, label, value, Span.ANY);
    if (day.isAfter(ChinaTime.today())) {
      throw new InvalidInput(field, label + "：不能晚于今天");
    }
    return day;
  }

  /** A date ahead (a stay extended to): within a year of today. */
  static LocalDate date(String field, String label, String value) {
    return plausible(field, label, value, Span.NEAR);
  }

  /** Read with the platform's plausible range (shared.PlausibleDate), refused naming the field. */
  private static LocalDate plausible(String field, String label, String value, Span span) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, label + "：请填写");
    }
    try {
      return PlausibleDate.parse(value, span, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput(field, label + "：" + e.getMessage());
    }
  }

  static <E extends Enum<E>> E choice(String field, String label, Class<E> type, String value) {
    if (value != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
    }
    throw new InvalidInput(field, label + "：请选择");
  }

  static long id(String field, String label, String value) {
    try {
      return Long.parseLong(value == null ? "" : value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：请选择");
    }
  }

  static BigDecimal money(String field, String label, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, label + "：请填写金额");
    }
    try {
      BigDecimal amount = new BigDecimal(value.trim());
      if (amount.signum() < 0
          || amount.scale() > 2
          || amount.compareTo(new BigDecimal("1000000")) >= 0) {
        throw new InvalidInput(field, label + "：应为 0 至 999999.99 元，最多两位小数");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：应为金额（元），如 120.50");
    }
  }
}
