package cn.minzheng.platform.audit;

import cn.minzheng.shared.Masking;

/** Texts going into the log: personal numbers masked, length bounded (by code point). */
final class AuditText {

  static final int MAX_DETAIL = 2000;
  static final int MAX_FIELD = 200;

  private AuditText() {}

  static String detail(String detail) {
    return limit(Masking.inText(detail), MAX_DETAIL);
  }

  static String field(String value) {
    return limit(Masking.inText(value), MAX_FIELD);
  }

  static String limit(String value, int maxCodePoints) {
    if (value == null || value.codePointCount(0, value.length()) <= maxCodePoints) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
  }
}
