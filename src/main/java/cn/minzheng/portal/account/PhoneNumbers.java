package cn.minzheng.portal.account;

/** Mainland mobile numbers: 11 digits starting 13-19; spaces and dashes typed in are ignored. */
public final class PhoneNumbers {

  private PhoneNumbers() {}

  /** The normalised number, or null when it is not a mainland mobile number. */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String digits = raw.replaceAll("[\\s-]", "");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    }
    return digits.matches("1[3-9]\\d{9}") ? digits : null;
  }
}
