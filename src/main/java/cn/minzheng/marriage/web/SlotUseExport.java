package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.statistics.BookingUse;
import cn.minzheng.marriage.domain.statistics.BookingUse.SlotFigures;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 导出 the slot use of one office and period as Excel (bounded by BookingUse), audited. */
@Controller
class SlotUseExport {

  private static final String[] HEADERS = {
    "日期", "开始", "结束", "高峰日", "已关闭", "容量", "已约", "到场", "未到场", "预约率%"
  };

  private final BookingUse use;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  SlotUseExport(BookingUse use, CurrentUser currentUser, AuditLog audit) {
    this.use = use;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping("/marriage/statistics/slots.xlsx")
  void export(
      @RequestParam long office,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    StatisticsPage.requireClerk(currentUser);
    List<SlotFigures> slots = use.slots(office, from, to);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"slot-use-" + office + "-" + from + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("时段使用");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int r = 1;
      for (SlotFigures s : slots) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(s.day().toString());
        row.createCell(1).setCellValue(s.start().toString());
        row.createCell(2).setCellValue(s.end().toString());
        row.createCell(3).setCellValue(s.peak() ? "是" : "");
        row.createCell(4).setCellValue(s.closed() ? "是" : "");
        row.createCell(5).setCellValue(s.figures().capacity());
        row.createCell(6).setCellValue(s.figures().booked());
        row.createCell(7).setCellValue(s.figures().attended());
        row.createCell(8).setCellValue(s.figures().noShows());
        row.createCell(9).setCellValue(s.figures().percentBooked());
      }
      workbook.write(response.getOutputStream());
    }
    audit.record(
        AuditEvent.success(
            "marriage.statistics.export",
            "office",
            "" + office,
            from + ".." + to + ", " + slots.size() + " rows"));
  }
}
