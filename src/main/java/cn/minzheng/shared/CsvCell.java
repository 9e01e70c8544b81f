package cn.minzheng.shared;

import java.util.regex.Pattern;

/**
 * One cell of a CSV file that staff open in Excel or WPS: always quoted, and a text that a
 * spreadsheet would run as a formula (leading {@code = + - @}, tab or carriage return; OWASP "CSV
 * injection") is prefixed with an apostrophe so it shows as text. Plain numbers, negative ones
 * included, stay numbers.
 */
public final class CsvCell {

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private CsvCell() {}

  public static String of(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !NUMBER.matcher(text).matches()) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
