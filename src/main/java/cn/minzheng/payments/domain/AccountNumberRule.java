package cn.minzheng.payments.domain;

/**
 * When a payee account number can be paid into (docs/domain-rules.md "Payee accounts"): 12 to 30
 * digits (the format every bank accepts in a disbursement file); a card number — 16 to 19 digits
 * beginning with 62, China UnionPay's range, which every 社保卡 financial account and 一卡通 debit card
 * carries — must also end in its Luhn check digit (ISO/IEC 7812-1 Annex B). A mistyped digit or two
 * swapped neighbours fail the check; the bank would return the payment as failed a month later.
 */
public final class AccountNumberRule {

  private AccountNumberRule() {}

  /** Spaces removed: the number as stored and as written into the bank file. */
  public static String normalise(String number) {
    return number == null ? "" : number.replace(" ", "").strip();
  }

  public static boolean wellFormed(String number) {
    return number.matches("[0-9]{12,30}");
  }

  /** Well formed, and a UnionPay card number with its check digit right. */
  public static boolean valid(String number) {
    if (!wellFormed(number)) {
      return false;
    }
    boolean card = number.startsWith("62") && number.length() >= 16 && number.length() <= 19;
    return !card || luhnSum(number) % 10 == 0;
  }

  /** The digit that makes {@code body + digit} pass the Luhn check. */
  public static char checkDigit(String body) {
    return (char) ('0' + (10 - luhnSum(body + "0") % 10) % 10);
  }

  private static int luhnSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum;
  }
}
