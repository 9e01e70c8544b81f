package cn.minzheng.monitoring.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx workbook read with POI's SAX event model: rows pass one at a time,
 * the sheet is never built in memory. Dates should be text ({@code 2026-01-31}) or date cells.
 */
final class ExcelFeedRows implements FeedRows {

  private final Supplier<InputStream> content;

  ExcelFeedRows(Supplier<InputStream> content) {
    this.content = content;
  }

  @Override
  public void forEach(Sink sink) throws IOException {
    try (InputStream in = content.get();
        OPCPackage pkg = OPCPackage.open(in)) {
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
    }
  }

  private static DataFormatter isoDates() {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    formatter.addFormat("m/d/yy", new java.text.SimpleDateFormat("yyyy-MM-dd"));
    formatter.addFormat("yyyy/m/d", new java.text.SimpleDateFormat("yyyy-MM-dd"));
    formatter.addFormat("yyyy-mm-dd", new java.text.SimpleDateFormat("yyyy-MM-dd"));
    return formatter;
  }

  /** Collects one row's cells (filling gaps), hands data rows to the sink. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
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
      if (rowNum > 0 && cells.stream().anyMatch(c -> !c.isBlank())) {
        sink.row(rowNum + 1, List.copyOf(cells));
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = column(reference);
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }

    private static int column(String reference) {
      int column = 0;
      for (char c : reference.toCharArray()) {
        if (!Character.isLetter(c)) {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
      }
      return column - 1;
    }
  }
}
