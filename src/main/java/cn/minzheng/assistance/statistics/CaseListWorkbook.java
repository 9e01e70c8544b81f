package cn.minzheng.assistance.statistics;

import cn.minzheng.assistance.cases.AssistanceCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The case list as Excel (streaming workbook); no ID numbers in it. */
public final class CaseListWorkbook {

  private static final String[] HEADERS = {
    "案件编号", "救助项目", "保障类别", "申请人", "所在地区", "申请日期", "办理时限", "状态", "拟保障金额（元）", "发放起始月"
  };

  private CaseListWorkbook() {}

  /**
   * @param regionName the region's name for its code, as the list page shows it (never the code)
   */
  public static byte[] of(List<AssistanceCase> cases, Function<String, String> regionName) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("救助案件");
      // money stays a number staff can sum, shown with thousands separators
      CellStyle yuan = wb.createCellStyle();
      yuan.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      for (AssistanceCase c : cases) {
        Row x = sheet.createRow(r++);
        x.createCell(0).setCellValue(c.caseNo());
        x.createCell(1).setCellValue(c.typeLabel());
        x.createCell(2).setCellValue(c.categoryLabel());
        x.createCell(3).setCellValue(c.applicantName());
        x.createCell(4).setCellValue(regionName.apply(c.regionCode()));
        x.createCell(5).setCellValue(c.appliedOn().toString());
        x.createCell(6).setCellValue(c.deadline().toString());
        x.createCell(7).setCellValue(c.state().label());
        if (c.proposedAmount() != null) {
          Cell amount = x.createCell(8);
          amount.setCellValue(c.proposedAmount().doubleValue());
          amount.setCellStyle(yuan);
        }
        x.createCell(9)
            .setCellValue(c.startMonth() == null ? "" : c.startMonth().toString().substring(0, 7));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
    }
  }
}
