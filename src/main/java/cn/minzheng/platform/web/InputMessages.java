package cn.minzheng.platform.web;

import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * The Chinese message for a value that could not be read as its field's type, the same for forms
 * and JSON bodies, so that neither answers with the framework's English conversion message.
 */
final class InputMessages {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Short.class,
          short.class,
          Byte.class,
          byte.class);
  private static final Set<Class<?>> DECIMALS =
      Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class);

  private InputMessages() {}

  /** The Chinese reason a value could not be bound: the refusal's own, or by the field's type. */
  static String of(Throwable failure, Class<?> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ImplausibleValueException implausible) {
        return implausible.getMessage();
      }
    }
    return unreadable(type);
  }

  static String unreadable(Class<?> type) {
    if (type == null) {
      return "取值无效";
    }
    if (type == LocalDate.class) {
      return PlausibleDate.UNREADABLE;
    }
    if (type == LocalDateTime.class) {
      return "时间格式应为 年-月-日 时:分（如 2024-03-01 09:30）";
    }
    if (type == LocalTime.class) {
      return "时间格式应为 时:分（如 09:30）";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "应为整数";
    }
    if (DECIMALS.contains(type)) {
      return "应为数字";
    }
    if (type.isEnum()) {
      return "取值无效，请从列表中选择";
    }
    return "取值无效";
  }
}
