package cn.minzheng.socialwork.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.socialwork.opendays.OpenDays;
import cn.minzheng.socialwork.opendays.OpenDays.OpenDay;
import cn.minzheng.socialwork.opendays.OpenDays.Registration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 开放日 in Excel: the events of the caller's region with capacity, registrations and visitors
 * (counts, also for auditors), and one event's registrations with attendance and feedback (names:
 * only the organisers, audited).
 */
@Controller
class OpenDayExports {

  static final String[] EVENT_HEADERS = {"活动日期", "开始", "结束", "活动名称", "地点", "名额", "报名人数", "到场人数"};
  static final String[] REGISTRATION_HEADERS = {"序号", "姓名", "状态", "评分", "意见建议"};

  private final OpenDays openDays;
  private final DataScope scope;
  private final SocialWorkAccess access;
  private final AuditLog audit;

  OpenDayExports(OpenDays openDays, DataScope scope, SocialWorkAccess access, AuditLog audit) {
    this.openDays = openDays;
    this.scope = scope;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/socialwork/open-days/export")
  void events(HttpServletResponse response) throws IOException {
    access.require(SocialWorkAccess.OPEN_DAY_READ);
    start(response, "open-days.xlsx");
    int rows = 0;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = header(workbook, "开放日", EVENT_HEADERS);
      for (int p = 1; ; p++) {
        PageResult<OpenDay> chunk =
            openDays.list(
                scope.current(),
                PageQuery.of(p, 100, "held_on", "desc", OpenDays.SORTS, "held_on"));
        for (OpenDay d : chunk.items()) {
          Row row = sheet.createRow(++rows);
          row.createCell(0).setCellValue(d.heldOn().toString());
          row.createCell(1).setCellValue(d.startsAt().toString());
          row.createCell(2).setCellValue(d.endsAt().toString());
          row.createCell(3).setCellValue(d.title());
          row.createCell(4).setCellValue(d.place());
          row.createCell(5).setCellValue(d.capacity());
          row.createCell(6).setCellValue(d.registered());
          row.createCell(7).setCellValue(d.attended());
        }
        if (chunk.items().size() < 100) {
          break;
        }
      }
      workbook.write(response.getOutputStream());
      workbook.dispose();
    }
    audit.record(
        AuditEvent.success("socialwork.open-day.export", "export", "open-days", rows + " 行"));
  }

  @GetMapping("/socialwork/open-days/{id}/export")
  void registrations(@PathVariable long id, HttpServletResponse response) throws IOException {
    access.require(SocialWorkAccess.OPEN_DAY);
    OpenDay day = openDays.find(id).orElseThrow(() -> new RecordNotFoundException("open day"));
    scope.requireInScope(day.regionCode());
    start(response, "open-day-" + id + ".xlsx");
    int rows = 0;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = header(workbook, "报名与到场", REGISTRATION_HEADERS);
      for (Registration r : openDays.registrations(id)) {
        Row row = sheet.createRow(++rows);
        row.createCell(0).setCellValue(rows);
        row.createCell(1).setCellValue(r.name());
        row.createCell(2).setCellValue(r.status().label());
        if (r.rating() != null) {
          row.createCell(3).setCellValue(r.rating());
        }
        row.createCell(4).setCellValue(r.feedback() == null ? "" : r.feedback());
      }
      workbook.write(response.getOutputStream());
      workbook.dispose();
    }
    audit.record(
        AuditEvent.success(
            "socialwork.open-day.registrations-export", "open_day", "" + id, rows + " 人"));
  }

  private static void start(HttpServletResponse response, String fileName) {
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  }

  private static Sheet header(SXSSFWorkbook workbook, String name, String[] headers) {
    Sheet sheet = workbook.createSheet(name);
    Row header = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      header.createCell(i).setCellValue(headers[i]);
    }
    return sheet;
  }
}
