package cn.minzheng.funeral.web;

import cn.minzheng.funeral.cases.ServiceRecords.Row;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.TextFileEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A funeral home's file of service records: CSV (UTF-8 or GBK) or Excel, a header row, then one
 * record a row: 身份证号, 服务项目 (code or Chinese label), 服务日期 (2026-11-03), 收费金额 (yuan). Line numbers
 * are the file's own (header = line 1).
 */
final class RecordFiles {

  static final String HEADER = "身份证号,服务项目,服务日期,收费金额";

  private RecordFiles() {}

  static List<Row> read(String filename, byte[] content) {
    String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return excel(content);
    }
    return csv(content);
  }

  private static List<Row> csv(byte[] content) {
    String text = decode(content);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",", -1);
      rows.add(
          new Row(
              i + 1,
              cell(cells, 0).replace("\"", ""),
              cell(cells, 1).replace("\"", ""),
              cell(cells, 2).replace("\"", ""),
              cell(cells, 3).replace("\"", ""),
              cell(cells, 4).replace("\"", "")));
    }
    return rows;
  }

  private static String decode(byte[] content) {
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, TextFileEncoding.GBK}) {
      try {
        return charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content))
            .toString();
      } catch (CharacterCodingException e) {
        // next candidate
      }
    }
    throw new InvalidInput("file", "文件：编码无法识别，请另存为 UTF-8 或 GBK 的 CSV 或 Excel");
  }

  private static List<Row> excel(byte[] content) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<Row> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String id = text(formatter, row.getCell(0));
        if (id.isBlank() && text(formatter, row.getCell(1)).isBlank()) {
          continue;
        }
        rows.add(
            new Row(
                r + 1,
                id,
                text(formatter, row.getCell(1)),
                date(formatter, row.getCell(2)),
                text(formatter, row.getCell(3)),
                date(formatter, row.getCell(4))));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new InvalidInput("file", "文件：无法读取 Excel 文件");
    }
  }

  private static String text(DataFormatter formatter, Cell cell) {
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  private static String date(DataFormatter formatter, Cell cell) {
    if (cell != null
        && cell.getCellType() == CellType.NUMERIC
        && DateUtil.isCellDateFormatted(cell)) {
      return LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneId.of("Asia/Shanghai"))
          .toString();
    }
    return text(formatter, cell);
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i].strip() : "";
  }
}
