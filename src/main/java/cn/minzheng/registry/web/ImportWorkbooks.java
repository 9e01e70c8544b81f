package cn.minzheng.registry.web;

import cn.minzheng.registry.domain.importing.ImportColumns;
import cn.minzheng.registry.domain.importing.ImportRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Reading (SAX, streaming) and writing (template, error report) of the import workbooks. */
final class ImportWorkbooks {

  /** A file that is not a readable .xlsx workbook, or has too many rows. */
  static final class UnreadableWorkbookException extends Exception {
    UnreadableWorkbookException(String message) {
      super(message);
    }
  }

  private ImportWorkbooks() {}

  /**
   * Reads the first sheet row by row. The header row maps columns to fields by their text (a "*"
   * marking required columns is ignored), so reordered columns still import correctly.
   */
  static List<ImportRow> read(InputStream in, int maxRows) throws UnreadableWorkbookException {
    RowCollector collector = new RowCollector(maxRows);
    try (OPCPackage pkg = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableWorkbookException("文件中没有工作表");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(), null, strings, collector, new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (TooManyRows e) {
      throw new UnreadableWorkbookException("数据行超过" + maxRows + "行，请分批导入");
    } catch (UnreadableWorkbookException e) {
      throw e;
    } catch (Exception e) {
      throw new UnreadableWorkbookException(isZipBomb(e) ? ZIP_BOMB : "文件不是有效的Excel（.xlsx）工作簿");
    }
    if (collector.fieldByColumn.isEmpty()) {
      throw new UnreadableWorkbookException("第1行应为模板的表头（身份证号、姓名……）");
    }
    return collector.rows;
  }

  static final String ZIP_BOMB = "文件解压后异常膨胀（疑似压缩炸弹），已拒绝：请用下载的模板重新保存后导入";

  /**
   * POI refuses a part that inflates more than a hundredfold (ZipSecureFile's minimum inflate
   * ratio) before it is read into memory; it says so only in the message of an IOException.
   */
  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
        return true;
      }
    }
    return false;
  }

  private static final class TooManyRows extends RuntimeException {}

  private static final class RowCollector implements SheetContentsHandler {
    private final int maxRows;
    private final Map<Integer, String> fieldByColumn = new HashMap<>();
    private final List<ImportRow> rows = new ArrayList<>();
    private Map<String, String> current;
    private int rowNum;

    RowCollector(int maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      this.rowNum = rowNum;
      this.current = new LinkedHashMap<>();
    }

    @Override
    public void cell(String cellReference, String value, XSSFComment comment) {
      int column = new CellReference(cellReference).getCol();
      if (rowNum == 0) {
        String header = value == null ? "" : value.replace("*", "").strip();
        ImportColumns.ALL.stream()
            .filter(c -> c.header().equals(header))
            .findFirst()
            .ifPresent(c -> fieldByColumn.put(column, c.field()));
      } else if (fieldByColumn.containsKey(column) && value != null && !value.isBlank()) {
        current.put(fieldByColumn.get(column), value.strip());
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (rowNum > 0 && !current.isEmpty()) {
        if (rows.size() >= maxRows) {
          throw new TooManyRows();
        }
        rows.add(new ImportRow(rowNum + 1, Map.copyOf(current)));
      }
    }
  }

  static void writeTemplate(OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle text = wb.createCellStyle();
      text.setDataFormat(wb.createDataFormat().getFormat("@"));
      Sheet data = wb.createSheet("人员");
      Row header = data.createRow(0);
      for (int i = 0; i < ImportColumns.ALL.size(); i++) {
        var column = ImportColumns.ALL.get(i);
        header.createCell(i).setCellValue(column.header() + (column.required() ? "*" : ""));
        // Text cells: an 18-digit number typed into a numeric cell loses its last digits.
        data.setDefaultColumnStyle(i, text);
        data.setColumnWidth(i, 18 * 256);
      }
      Sheet help = wb.createSheet("填写说明");
      Row h = help.createRow(0);
      h.createCell(0).setCellValue("列");
      h.createCell(1).setCellValue("必填");
      h.createCell(2).setCellValue("说明");
      for (int i = 0; i < ImportColumns.ALL.size(); i++) {
        var column = ImportColumns.ALL.get(i);
        Row r = help.createRow(i + 1);
        r.createCell(0).setCellValue(column.header());
        r.createCell(1).setCellValue(column.required() ? "是" : "否");
        r.createCell(2).setCellValue(column.hint());
      }
      help.setColumnWidth(2, 60 * 256);
      wb.write(out);
    }
  }
}
