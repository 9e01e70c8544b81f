package cn.minzheng.shared;

import cn.minzheng.shared.InvalidIdCardNoException.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * 居民身份证号码 (GB 11643-1999), always the normalised 18-character upper-case form. Legacy 15-digit
 * numbers (GB 11643-1989) are upgraded on parsing. {@link #toString()} is masked so that a number
 * never leaks into logs by accident; {@link #value()} gives the full number.
 */
public record IdCardNo(String value) {

  /** The earliest plausible birth year: nobody alive or on record was born before it. */
  static final int EARLIEST_BIRTH_YEAR = 1870;

  private static final ZoneId CHINA = ChinaTime.ZONE;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

  /**
   * Checks the structural rules (format, real birth date, check character). The future-date rule
   * needs "today" and is applied by {@link #parse(String, LocalDate)}.
   */
  public IdCardNo {
    if (value == null || !isNormalisedShape(value)) {
      throw new InvalidIdCardNoException(Reason.FORMAT);
    }
    birthDateOf(value);
    if (checkChar(value.substring(0, 17)) != value.charAt(17)) {
      throw new InvalidIdCardNoException(Reason.CHECK_DIGIT);
    }
  }

  /** Parses against today's date in China. */
  public static IdCardNo parse(String raw) {
    return parse(raw, LocalDate.now(CHINA));
  }

  /**
   * Parses an 18-character number (lower-case {@code x} accepted) or a legacy 15-digit number.
   * Surrounding whitespace is ignored (pasted values); any other deviation is refused.
   */
  public static IdCardNo parse(String raw, LocalDate today) {
    if (raw == null) {
      throw new InvalidIdCardNoException(Reason.FORMAT);
    }
    String candidate = raw.strip().toUpperCase(java.util.Locale.ROOT);
    String normalised =
        switch (candidate.length()) {
          case 18 -> candidate;
          case 15 -> upgradeLegacy(candidate);
          default -> throw new InvalidIdCardNoException(Reason.FORMAT);
        };
    IdCardNo id = new IdCardNo(normalised);
    if (id.birthDate().isAfter(today)) {
      throw new InvalidIdCardNoException(Reason.FUTURE_BIRTH_DATE);
    }
    return id;
  }

  public static boolean isValid(String raw) {
    try {
      parse(raw);
      return true;
    } catch (InvalidIdCardNoException e) {
      return false;
    }
  }

  /** ISO 7064 MOD 11-2 check character over the first 17 digits. */
  public static char checkChar(String first17) {
    if (first17 == null || first17.length() != 17 || !allDigits(first17)) {
      throw new InvalidIdCardNoException(Reason.FORMAT);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  public LocalDate birthDate() {
    return birthDateOf(value);
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The GB/T 2260 county code at first registration; it may since have been retired. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** Age in completed years on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate(), day).getYears();
  }

  /** The masked form, e.g. {@code 510104********1234}. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public String toString() {
    return masked();
  }

  private static String upgradeLegacy(String fifteen) {
    if (!allDigits(fifteen)) {
      throw new InvalidIdCardNoException(Reason.FORMAT);
    }
    String first17 = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
    return first17 + checkChar(first17);
  }

  private static boolean isNormalisedShape(String value) {
    if (value.length() != 18 || !allDigits(value.substring(0, 17))) {
      return false;
    }
    char last = value.charAt(17);
    return (last >= '0' && last <= '9') || last == 'X';
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static LocalDate birthDateOf(String value) {
    int year = Integer.parseInt(value.substring(6, 10));
    int month = Integer.parseInt(value.substring(10, 12));
    int day = Integer.parseInt(value.substring(12, 14));
    if (year < EARLIEST_BIRTH_YEAR) {
      throw new InvalidIdCardNoException(Reason.BIRTH_DATE);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidIdCardNoException(Reason.BIRTH_DATE);
    }
  }
}
