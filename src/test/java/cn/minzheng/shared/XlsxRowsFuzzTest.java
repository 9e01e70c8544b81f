package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming workbook reader behind the feed and care-programme imports, fuzzed (Jazzer): a real
 * workbook whose first sheet is replaced by fuzzed cells — any reference, type, style and value,
 * sometimes unescaped — is either read row by row, each row no wider than Excel's 16,384 columns,
 * or refused as "not a readable workbook" ({@link IOException}); never another exception, never a
 * row stretched to a column no sheet has. Kept inputs replay in the normal build; {@code fuzz/run}
 * fuzzes it.
 */
class XlsxRowsFuzzTest {

  private static final int EXCEL_COLUMNS = 16_384;
  private static final String[] TYPES = {
    "", " t=\"s\"", " t=\"str\"", " t=\"n\"", " t=\"b\"", " t=\"e\"", " t=\"inlineStr\"", " t=\"d\""
  };
  private static final String[] STYLES = {"", " s=\"0\"", " s=\"1\"", " s=\"99\"", " s=\"-1\""};
  private static final byte[] TEMPLATE = template();

  @FuzzTest(maxDuration = "30s")
  void workbooks(FuzzedDataProvider data) throws IOException {
    byte[] workbook = withSheet(sheet(data));
    try {
      XlsxRows.forEach(
          new ByteArrayInputStream(workbook),
          (line, cells) -> {
            assertThat(line).isPositive();
            assertThat(cells.size()).isLessThanOrEqualTo(EXCEL_COLUMNS);
          });
    } catch (IOException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  private static String sheet(FuzzedDataProvider data) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    int rows = data.consumeInt(0, 4);
    for (int r = 1; r <= rows; r++) {
      xml.append("<row r=\"").append(escape(data.consumeString(6))).append("\">");
      int cells = data.consumeInt(0, 4);
      for (int c = 0; c < cells; c++) {
        String value = data.consumeString(24);
        xml.append("<c r=\"")
            .append(escape(data.consumeString(10)))
            .append('"')
            .append(data.pickValue(TYPES))
            .append(data.pickValue(STYLES))
            .append("><v>")
            .append(data.consumeBoolean() ? escape(value) : value)
            .append("</v></c>");
      }
      xml.append("</row>");
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  /** The template workbook with its first sheet's XML replaced. */
  static byte[] withSheet(String sheetXml) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(TEMPLATE));
        var zip = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(sheetXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] template() {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var row = workbook.createSheet("数据").createRow(0);
      row.createCell(0).setCellValue("身份证号");
      row.createCell(1).setCellValue(1.5);
      workbook.createCellStyle().setDataFormat((short) 14);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
