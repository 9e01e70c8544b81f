package cn.minzheng.shared;

import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx workbook read with POI's SAX event model, for the modules that import
 * uploaded workbooks of any size: rows pass one at a time, the sheet is never built in memory.
 * Blank rows are skipped; gaps between cells are filled with empty strings; dates come as {@code
 * yyyy-MM-dd}.
 */
public final class XlsxRows {

  private XlsxRows() {}

  @FunctionalInterface
  public interface Sink {
    /**
     * @param line the row's number as Excel shows it (the header is line 1)
     */
    void row(int line, List<String> cells);
  }

  /** An .xlsx is a ZIP archive: it starts with "PK\3\4". */
  public static boolean looksLikeXlsx(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /**
   * Passes every non-blank row of the first sheet, the header included, to {@code sink}.
   *
   * @throws IOException also when the content is not a readable workbook
   */
  public static void forEach(InputStream content, Sink sink) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(content)) {
      XSSFReader reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(), null, strings, new Rows(sink), isoDates(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("not a readable Excel workbook", e);
    } catch (IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
      // POI's refusal of what is not an OOXML package (NotOfficeXmlFileException and the like)
      throw new IOException("not a readable Excel workbook", e);
    }
  }

  private static DataFormatter isoDates() {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    formatter.addFormat("m/d/yy", new SimpleDateFormat("yyyy-MM-dd"));
    formatter.addFormat("yyyy/m/d", new SimpleDateFormat("yyyy-MM-dd"));
    formatter.addFormat("yyyy-mm-dd", new SimpleDateFormat("yyyy-MM-dd"));
    return formatter;
  }

  /** Collects one row's cells (filling gaps) and hands non-blank rows to the sink. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private final Sink sink;
    private final List<String> cells = new ArrayList<>();

    Rows(Sink sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        sink.row(rowNum + 1, List.copyOf(cells));
      }
    }

    @Override
    public void cell(String reference, @Nullable String value, @Nullable XSSFComment comment) {
      int column = column(reference);
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }

    /**
     * The zero-based column of a reference such as "AB12". A reference beyond Excel's last column
     * (XFD) or not in A1 style is refused: read as it comes, "ZZZZZZ1" would fill a row with
     * hundreds of millions of empty cells.
     */
    private static int column(String reference) {
      int column = 0;
      int letters = 0;
      for (char c : reference.toCharArray()) {
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
        if (++letters > 3 || column > MAX_COLUMNS) {
          throw new IllegalArgumentException("cell reference beyond the last column: " + reference);
        }
      }
      if (letters == 0) {
        throw new IllegalArgumentException("cell reference without a column: " + reference);
      }
      return column - 1;
    }
  }
}
