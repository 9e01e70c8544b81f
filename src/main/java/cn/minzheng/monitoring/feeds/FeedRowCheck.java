package cn.minzheng.monitoring.feeds;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import cn.minzheng.shared.PlausibleDate;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Checks one row of a feed against its schema and turns it into a staging row: the ID number
 * becomes its blind index (HMAC-SM3, computed here while streaming so that matching is a join in
 * SQL) and its masked form; the first problem found is the row's error (field and reason in
 * Chinese).
 */
final class FeedRowCheck {

  static final int MAX_DETAIL = 200;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
  private static final DateTimeFormatter[] DATES = {
    DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
    DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
    DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT)
  };

  private final FeedType type;
  private final FieldCipher cipher;
  private final LocalDate today;

  FeedRowCheck(FeedType type, FieldCipher cipher, LocalDate today) {
    this.type = type;
    this.cipher = cipher;
    this.today = today;
  }

  StagedRow check(int line, List<String> cells) {
    StagedRow row = new StagedRow(line);
    if (cells.size() < 2 || cells.size() > 4) {
      return row.error("列数", "应为4列（身份证号、日期、金额、说明），实际" + cells.size() + "列");
    }
    IdCardNo id;
    try {
      id = IdCardNo.parse(cell(cells, 0), today);
    } catch (InvalidIdCardNoException e) {
      return row.error("身份证号", e.getMessage());
    }
    row.idIndex = cipher.blindIndex(id.value());
    row.maskedId = id.masked();
    row.date = date(cell(cells, 1));
    if (row.date == null) {
      return row.error("日期", type.dateMeaning() + "无效，应为 yyyy-MM-dd 格式的真实日期");
    }
    if (row.date.isAfter(today)) {
      return row.error("日期", type.dateMeaning() + "不能晚于今天");
    }
    if (row.date.isBefore(PlausibleDate.EARLIEST)) {
      return row.error("日期", type.dateMeaning() + "不能早于" + PlausibleDate.EARLIEST);
    }
    String amount = cell(cells, 2);
    if (type.amountRequired() || !amount.isEmpty()) {
      row.amount = amount(amount);
      if (row.amount == null) {
        return row.error(
            "金额", (type.amountRequired() ? type.amountMeaning() : "金额") + "无效，应为不小于0、最多两位小数的数字");
      }
    }
    String detail = cell(cells, 3);
    if (detail.length() > MAX_DETAIL) {
      return row.error("说明", "说明不能超过" + MAX_DETAIL + "个字符");
    }
    if (!type.detailValid(detail)) {
      return row.error("说明", "说明应为：" + type.detailMeaning());
    }
    row.detail = detail.isEmpty() ? null : detail;
    return row;
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
  }

  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return isoDate(text);
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // try the next accepted form
      }
    }
    return null;
  }

  /** yyyy-MM-dd, the form nearly every row has, without a formatter (a million rows a file). */
  private static LocalDate isoDate(String text) {
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static BigDecimal amount(String text) {
    try {
      BigDecimal value = new BigDecimal(text.replace(",", ""));
      if (value.signum() < 0 || value.scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A row on its way into {@code monitoring.feed_staging}. */
  static final class StagedRow {
    final int line;
    byte[] idIndex;
    String maskedId;
    LocalDate date;
    BigDecimal amount;
    String detail;
    String errorField;
    String errorReason;

    StagedRow(int line) {
      this.line = line;
    }

    StagedRow error(String field, String reason) {
      this.errorField = field;
      this.errorReason = reason;
      return this;
    }
  }
}
