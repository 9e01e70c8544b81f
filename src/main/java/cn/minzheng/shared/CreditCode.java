package cn.minzheng.shared;

import cn.minzheng.shared.InvalidCreditCodeException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015), upper-case, 18 characters. Some codes were issued in error and fail a
 * checksum: {@link #parse} refuses them, {@link #parseLenient} keeps them (only the shape is
 * required) so that an import can warn and flag them through {@link #issues()} instead of dropping
 * the organisation.
 */
public record CreditCode(String value) {

  /** Who issues codes for social organisations: 5 = civil affairs (民政). */
  public static final char CIVIL_AFFAIRS_AUTHORITY = '5';

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** A checksum that failed on a code kept by lenient parsing. */
  public enum Issue {
    /** Position 18, over the whole code (GB 32100). */
    CHECK_CHAR("统一社会信用代码校验位错误"),
    /** Position 17, the organisation code's own check (GB 11714). */
    ORGANISATION_CODE_CHECK("组织机构代码校验位错误");

    private final String message;

    Issue(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  /** Requires the shape only; checksums are reported by {@link #issues()}. */
  public CreditCode {
    if (value == null || !isWellFormed(value)) {
      throw new InvalidCreditCodeException(Reason.FORMAT);
    }
  }

  /** Strict: shape and the position-18 check character must hold. */
  public static CreditCode parse(String raw) {
    CreditCode code = parseLenient(raw);
    if (!code.checkCharValid()) {
      throw new InvalidCreditCodeException(Reason.CHECK_CHAR);
    }
    return code;
  }

  /** For imports: accepts any well-formed code (surrounding blanks and lower case tolerated). */
  public static CreditCode parseLenient(String raw) {
    if (raw == null) {
      throw new InvalidCreditCodeException(Reason.FORMAT);
    }
    return new CreditCode(raw.strip().toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String raw) {
    try {
      parse(raw);
      return true;
    } catch (InvalidCreditCodeException e) {
      return false;
    }
  }

  /** The position-18 check character for the first 17 characters. */
  public static char checkChar(String first17) {
    if (first17 == null || first17.length() != 17 || !inAlphabet(first17)) {
      throw new InvalidCreditCodeException(Reason.FORMAT);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** GB 11714 check character over the first 8 characters of an organisation code. */
  public static char organisationCodeCheckChar(String first8) {
    if (first8 == null || first8.length() != 8) {
      throw new InvalidCreditCodeException(Reason.FORMAT);
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  public boolean checkCharValid() {
    return checkChar(value.substring(0, 17)) == value.charAt(17);
  }

  public boolean organisationCodeValid() {
    return organisationCodeCheckChar(value.substring(8, 16)) == value.charAt(16);
  }

  /** The failed checksums, empty for a fully valid code. */
  public List<Issue> issues() {
    List<Issue> issues = new ArrayList<>(2);
    if (!checkCharValid()) {
      issues.add(Issue.CHECK_CHAR);
    }
    if (!organisationCodeValid()) {
      issues.add(Issue.ORGANISATION_CODE_CHECK);
    }
    return List.copyOf(issues);
  }

  /** 登记管理部门代码 (position 1), {@code 5} for civil affairs. */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** 机构类别代码 (position 2); for civil affairs 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他. */
  public char organisationType() {
    return value.charAt(1);
  }

  /** 登记管理机关行政区划码 (positions 3-8). */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** 组织机构代码 (positions 9-17, GB 11714). */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean isWellFormed(String value) {
    return value.length() == 18 && inAlphabet(value);
  }

  private static boolean inAlphabet(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
