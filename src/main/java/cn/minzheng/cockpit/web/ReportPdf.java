package cn.minzheng.cockpit.web;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.headline.FigureRow;
import cn.minzheng.cockpit.headline.Headline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printed figures section of the bureau's half-year report: a title with the region and the
 * period, the data's as-of time, then the figures under numbered headings by business line (一、社会救助
 * ...), each with its value, the same period a year before and the change, and at the end the
 * brief's lines not yet connected. A4 portrait; the Chinese font ships with the application (a
 * subset is embedded), so the file renders on a machine with no Chinese font.
 */
final class ReportPdf {

  static final String FONT = "/fonts/wqy-microhei.ttc";

  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"
  };
  private static final float MARGIN = 56;
  private static final float LINE = 17;
  private static final float[] COLUMNS = {MARGIN + 14, 300, 400, 490};

  private final FigureFormat fmt;
  private final PDDocument doc;
  private final PDType0Font font;
  private PDPageContentStream page;
  private float y;
  private int pageNumber;

  private ReportPdf(FigureFormat fmt, PDDocument doc, PDType0Font font) {
    this.fmt = fmt;
    this.doc = doc;
    this.font = font;
  }

  static byte[] of(Headline headline, String periodLabel, FigureFormat fmt) {
    try (PDDocument doc = new PDDocument();
        InputStream in = ReportPdf.class.getResourceAsStream(FONT);
        TrueTypeCollection fonts = new TrueTypeCollection(in)) {
      TrueTypeFont[] first = {null};
      fonts.processAllFonts(
          f -> {
            if (first[0] == null) {
              first[0] = f;
            }
          });
      ReportPdf report = new ReportPdf(fmt, doc, PDType0Font.load(doc, first[0], true));
      report.write(headline, periodLabel);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(headline.region().name() + periodLabel + "民政主要数据");
      info.setCreator("智慧民政一体化平台");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Headline headline, String periodLabel) throws IOException {
    newPage();
    text(MARGIN, 17, headline.region().name() + periodLabel + "民政工作主要数据");
    y -= LINE * 1.6f;
    text(
        MARGIN,
        10,
        "统计期间：" + headline.period().from() + " 至 " + headline.period().to() + "（含首尾两日）");
    y -= LINE;
    text(MARGIN, 10, "数据截至：" + fmt.asOf(headline.asOf()) + "，由业务数据实时统计");
    y -= LINE * 1.5f;
    int section = 0;
    for (Map.Entry<String, List<FigureRow>> line : byModule(headline.rows()).entrySet()) {
      need(LINE * 3);
      text(MARGIN, 12, NUMERALS[Math.min(section++, NUMERALS.length - 1)] + "、" + line.getKey());
      y -= LINE;
      header();
      BriefRow lastRow = null;
      for (FigureRow r : line.getValue()) {
        need(LINE * 2);
        if (r.spec().briefRow() != lastRow) {
          lastRow = r.spec().briefRow();
          text(MARGIN + 6, 9, "（" + lastRow.label() + "）");
          y -= LINE * 0.9f;
        }
        text(COLUMNS[0], 10, r.spec().label());
        text(COLUMNS[1], 10, fmt.value(r.spec(), r.value()));
        text(COLUMNS[2], 10, fmt.value(r.spec(), r.yearBefore()));
        text(COLUMNS[3], 10, fmt.change(r.changePercent()));
        y -= LINE;
      }
      y -= LINE * 0.5f;
    }
    if (!headline.notConnected().isEmpty()) {
      need(LINE * 3);
      text(MARGIN, 12, "附：尚未接入平台统计的条线");
      y -= LINE;
      for (BriefRow row : headline.notConnected()) {
        need(LINE);
        text(COLUMNS[0], 10, row.label() + "（待接入：" + row.awaitedModule() + "）");
        y -= LINE;
      }
    }
    page.close();
  }

  /** The figures by business line in the catalogue's order (the brief's order). */
  private static Map<String, List<FigureRow>> byModule(List<FigureRow> rows) {
    Map<String, List<FigureRow>> byModule = new LinkedHashMap<>();
    rows.forEach(r -> byModule.computeIfAbsent(r.spec().module(), m -> new ArrayList<>()).add(r));
    return byModule;
  }

  private void header() throws IOException {
    text(COLUMNS[0], 9, "指标");
    text(COLUMNS[1], 9, "本期");
    text(COLUMNS[2], 9, "上年同期");
    text(COLUMNS[3], 9, "同比");
    y -= 4;
    page.moveTo(MARGIN, y);
    page.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
    page.setLineWidth(0.5f);
    page.stroke();
    y -= LINE - 4;
  }

  private void need(float height) throws IOException {
    if (y - height < MARGIN) {
      page.close();
      newPage();
    }
  }

  private void newPage() throws IOException {
    PDPage p = new PDPage(PDRectangle.A4);
    doc.addPage(p);
    page = new PDPageContentStream(doc, p);
    pageNumber++;
    y = PDRectangle.A4.getHeight() - MARGIN;
    float bottom = MARGIN / 2;
    float keep = y;
    y = bottom;
    text(PDRectangle.A4.getWidth() / 2 - 20, 8, "第 " + pageNumber + " 页");
    y = keep;
  }

  private void text(float x, float size, String s) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, y);
    page.showText(s);
    page.endText();
  }
}
