package cn.minzheng.payments.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a bank return file (CSV, UTF-8, header {@code 流水号,金额,结果,原因}); 结果 is 成功 or 失败 (or
 * PAID/FAILED). Row errors carry the line number of the file.
 */
final class ReturnFileRows {

  record Row(int lineNo, long lineId, BigDecimal amount, boolean paid, String reason) {}

  private ReturnFileRows() {}

  static List<Row> parse(byte[] content, List<String> errors) {
    String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String[] lines = text.split("\r?\n");
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      List<String> cells = cells(lines[i]);
      try {
        long lineId = Long.parseLong(cells.get(0).strip());
        BigDecimal amount = new BigDecimal(cells.get(1).strip());
        String result = cells.get(2).strip();
        boolean paid = "成功".equals(result) || "PAID".equalsIgnoreCase(result);
        if (!paid && !"失败".equals(result) && !"FAILED".equalsIgnoreCase(result)) {
          errors.add("第" + lineNo + "行：结果应为“成功”或“失败”");
          continue;
        }
        String reason = cells.size() > 3 ? cells.get(3).strip() : "";
        if (!paid && reason.isEmpty()) {
          errors.add("第" + lineNo + "行：失败的记录必须填写原因");
          continue;
        }
        rows.add(new Row(lineNo, lineId, amount, paid, reason.isEmpty() ? null : reason));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        errors.add("第" + lineNo + "行：流水号或金额格式错误");
      }
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add("文件没有数据行");
    }
    return rows;
  }

  /** One CSV line: fields separated by commas, optionally quoted with doubled quotes. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
