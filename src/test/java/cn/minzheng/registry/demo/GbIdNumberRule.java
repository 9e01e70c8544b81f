package cn.minzheng.registry.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * GB 11643-1999 written out from docs/domain-rules.md §1, independent of the generator's code:
 * weights, MOD 11-2 check character, a real calendar date, sex from the sequence's parity.
 */
final class GbIdNumberRule {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private GbIdNumberRule() {}

  static boolean valid(String id) {
    if (id == null || !id.matches("\\d{17}[0-9X]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    try {
      birthDate(id);
    } catch (RuntimeException e) {
      return false;
    }
    return CHECK.charAt(sum % 11) == id.charAt(17);
  }

  static LocalDate birthDate(String id) {
    return LocalDate.parse(id.substring(6, 14), STRICT);
  }

  static boolean male(String id) {
    return (id.charAt(16) - '0') % 2 == 1;
  }
}
