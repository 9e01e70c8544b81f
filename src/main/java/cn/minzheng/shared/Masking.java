package cn.minzheng.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of personal data on screens, in exports and in texts (docs/security.md "Data
 * protection"). Works on Unicode code points, so that a rare character outside the Basic
 * Multilingual Plane (𠮷) is never cut in half.
 */
public final class Masking {

  private static final Pattern ID_NUMBER_IN_TEXT =
      Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])|(?<![0-9])[0-9]{15}(?![0-9])");
  private static final Pattern MOBILE_IN_TEXT =
      Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  private Masking() {}

  /** {@code 11010519491231002X} → {@code 110105********002X}: region and check part stay. */
  public static String idNumber(String idNumber) {
    return keepEnds(idNumber, 6, 4);
  }

  /** {@code 13812345678} → {@code 138****5678}. */
  public static String phone(String phone) {
    return keepEnds(phone, 3, 4);
  }

  /** {@code 6222021234567890123} → {@code 6222***********0123}: bank and last four stay. */
  public static String bankAccount(String accountNumber) {
    return keepEnds(accountNumber, 4, 4);
  }

  /**
   * A name on a public list: the first and the last character stay, everything between becomes one
   * {@code *} ({@code 张小明} → {@code 张*明}, {@code 阿依古丽·买买提} → {@code 阿*提}), so that the length of a
   * long (often minority) name does not identify the person either. Two characters keep the surname
   * ({@code 李四} → {@code 李*}); one character stays and gets a {@code *}.
   */
  public static String publicName(String name) {
    if (name == null) {
      return null;
    }
    int[] cp = name.strip().codePoints().toArray();
    if (cp.length == 0) {
      return "";
    }
    if (cp.length <= 2) {
      return new String(cp, 0, 1) + "*";
    }
    return new String(cp, 0, 1) + "*" + new String(cp, cp.length - 1, 1);
  }

  /**
   * Masks ID numbers and mobile numbers found inside free text (audit details, messages): a safety
   * net for texts written by code that forgot to mask.
   */
  public static String inText(String text) {
    if (text == null) {
      return null;
    }
    String masked = replace(ID_NUMBER_IN_TEXT.matcher(text), true);
    return replace(MOBILE_IN_TEXT.matcher(masked), false);
  }

  private static String replace(Matcher matcher, boolean idNumber) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String found = matcher.group();
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(idNumber ? idNumber(found) : phone(found)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Keeps {@code head} and {@code tail} code points; a value too short to keep them is all stars.
   */
  private static String keepEnds(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    int[] cp = value.strip().codePoints().toArray();
    if (cp.length <= head + tail) {
      return "*".repeat(cp.length);
    }
    return new String(cp, 0, head)
        + "*".repeat(cp.length - head - tail)
        + new String(cp, cp.length - tail, tail);
  }
}
