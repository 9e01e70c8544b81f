package cn.minzheng.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one rule every decimal the platform reads from a person or another system passes before it is
 * bound: amounts are stored as {@code numeric(12, 2)} or narrower, multipliers and coordinates with
 * up to six decimals, so a number of more than ten digits before the point or six after it is a
 * typing error or an attack (1e400 is a valid {@link BigDecimal}); refusing it here names the field
 * instead of overflowing a column later. Narrower columns keep their own checks.
 */
public final class PlausibleAmount {

  /** Ten digits before the point: 9,999,999,999 yuan, above any single payment or budget. */
  public static final int MAX_INTEGER_DIGITS = 10;

  public static final int MAX_DECIMALS = 6;

  private PlausibleAmount() {}

  /**
   * Reads a decimal written plainly (thousands separators and an exponent are refused, as a person
   * never types them) and checks its size.
   *
   * @throws ImplausibleValueException with the Chinese reason
   */
  public static BigDecimal parse(String text) {
    String plain = text.strip();
    if (!plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new ImplausibleValueException("应为数字");
    }
    return check(new BigDecimal(plain));
  }

  /**
   * The number itself if it is plausible.
   *
   * @throws ImplausibleValueException with the Chinese reason
   */
  public static BigDecimal check(BigDecimal value) {
    problem(value)
        .ifPresent(
            message -> {
              throw new ImplausibleValueException(message);
            });
    return value;
  }

  /** The Chinese reason the number is implausible, if it is. */
  public static Optional<String> problem(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
      return Optional.of("数值过大（整数部分至多" + MAX_INTEGER_DIGITS + "位）");
    }
    if (stripped.scale() > MAX_DECIMALS) {
      return Optional.of("小数位过多（至多" + MAX_DECIMALS + "位）");
    }
    return Optional.empty();
  }
}
