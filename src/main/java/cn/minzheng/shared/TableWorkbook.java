package cn.minzheng.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A statistics export: one or more sheets, each a header row and rows of plain values. Numbers stay
 * numbers (staff sum them in Excel), amounts ({@link BigDecimal}) shown with thousands separators
 * and two decimals; dates and months are written as their ISO text ({@code yyyy-MM-dd}, {@code
 * yyyy-MM}), instants in Beijing time ({@code yyyy-MM-dd HH:mm}), an enum by its {@code label()}
 * (the pages' names, never the code), everything else as text (never as a formula, whatever it
 * starts with).
 *
 * <pre>{@code
 * byte[] xlsx = new TableWorkbook()
 *     .sheet("补贴", List.of("月份", "人次"), rows.stream().map(r -> List.<Object>of(r.month(), r.count())).toList())
 *     .bytes();
 * }</pre>
 */
public final class TableWorkbook {

  /** The content type of the files this writes. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private record SheetData(String name, List<String> headers, List<List<?>> rows) {}

  private final List<SheetData> sheets = new ArrayList<>();

  public TableWorkbook sheet(String name, List<String> headers, List<? extends List<?>> rows) {
    sheets.add(new SheetData(name, List.copyOf(headers), List.copyOf(rows)));
    return this;
  }

  public byte[] bytes() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle yuan = wb.createCellStyle();
      yuan.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      for (SheetData data : sheets) {
        Sheet sheet = wb.createSheet(data.name());
        Row header = sheet.createRow(0);
        for (int i = 0; i < data.headers().size(); i++) {
          header.createCell(i).setCellValue(data.headers().get(i));
        }
        int r = 1;
        for (List<?> values : data.rows()) {
          Row row = sheet.createRow(r++);
          for (int i = 0; i < values.size(); i++) {
            write(row.createCell(i), values.get(i), yuan);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Cell cell, Object value, CellStyle yuan) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof BigDecimal amount) {
      cell.setCellValue(amount.doubleValue());
      cell.setCellStyle(yuan);
    } else if (value instanceof Instant instant) {
      cell.setCellValue(TIME.format(instant.atZone(ChinaTime.ZONE)));
    } else if (value instanceof OffsetDateTime time) {
      cell.setCellValue(TIME.format(time.atZoneSameInstant(ChinaTime.ZONE)));
    } else if (value instanceof Enum<?> constant) {
      cell.setCellValue(label(constant));
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** The constant's {@code label()}: the enums that people see name themselves that way. */
  private static String label(Enum<?> constant) {
    try {
      Method label = constant.getDeclaringClass().getMethod("label");
      // a module's enum may be package-private; its public label() is still meant to be read
      label.trySetAccessible();
      return String.valueOf(label.invoke(constant));
    } catch (ReflectiveOperationException noLabel) {
      throw new IllegalArgumentException(
          constant.getDeclaringClass().getSimpleName() + " has no label(): pass its name instead",
          noLabel);
    }
  }
}
