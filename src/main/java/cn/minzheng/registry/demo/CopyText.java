package cn.minzheng.registry.demo;

import java.time.LocalDate;
import java.util.HexFormat;

/** One row of PostgreSQL's COPY text format: tab-separated, {@code \N} for null, escapes. */
final class CopyText {

  private static final HexFormat HEX = HexFormat.of();

  private final StringBuilder out;
  private boolean first = true;

  CopyText(StringBuilder out) {
    this.out = out;
  }

  CopyText text(String value) {
    separator();
    if (value == null) {
      out.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return this;
  }

  CopyText number(Number value) {
    separator();
    out.append(value == null ? "\\N" : value.toString());
    return this;
  }

  CopyText date(LocalDate value) {
    separator();
    out.append(value == null ? "\\N" : value.toString());
    return this;
  }

  /** bytea in hex form; the backslash itself is escaped in text format. */
  CopyText bytes(byte[] value) {
    separator();
    if (value == null) {
      out.append("\\N");
    } else {
      out.append("\\\\x").append(HEX.formatHex(value));
    }
    return this;
  }

  void end() {
    out.append('\n');
    first = true;
  }

  private void separator() {
    if (!first) {
      out.append('\t');
    }
    first = false;
  }
}
