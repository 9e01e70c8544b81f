package cn.minzheng.registry.domain.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Excel users type dates as 2020/1/5, 2020.1.5 or 2020-01-05: all become ISO dates. */
final class ImportDates {

  private static final Pattern LOOSE =
      Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

  private ImportDates() {}

  static String normalise(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = LOOSE.matcher(value.strip());
    if (!m.matches()) {
      return value;
    }
    return String.format(
        "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }
}
