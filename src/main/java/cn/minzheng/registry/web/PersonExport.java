package cn.minzheng.registry.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.registry.domain.search.PersonListItem;
import cn.minzheng.registry.domain.search.PersonSearch;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Excel export of the filtered person list: scope-filtered like the list, ID and phone masked,
 * written row by row (SXSSF keeps 200 rows in memory), audited with the filter and row count.
 */
@Controller
class PersonExport {

  /** An export is a working list, not a dump of the city. */
  static final int MAX_ROWS = 100_000;

  static final String[] HEADERS = {
    "姓名", "身份证号（脱敏）", "性别", "出生日期", "联系电话（脱敏）", "居住地", "住址", "状态", "死亡日期"
  };

  private final PersonSearch search;
  private final RegionOptions regions;
  private final AuditLog audit;
  private final RegistryAccess access;

  private final IdNumberSearches idSearches;

  PersonExport(
      PersonSearch search,
      RegionOptions regions,
      AuditLog audit,
      RegistryAccess access,
      IdNumberSearches idSearches) {
    this.idSearches = idSearches;
    this.search = search;
    this.regions = regions;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/registry/persons/export")
  void export(
      @ModelAttribute PersonSearchParams asked, HttpSession session, HttpServletResponse response)
      throws IOException {
    access.requireStaff();
    PersonSearchParams params;
    try {
      params = idSearches.resolve(asked, session);
    } catch (IdNumberSearches.RefusedSearch e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    String file = "persons-" + ChinaTime.today() + ".xlsx";
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    response.setHeader("Cache-Control", "no-store");
    long rows;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        OutputStream out = response.getOutputStream()) {
      Sheet sheet = workbook.createSheet("人员");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      int[] next = {1};
      rows =
          search.export(
              params.criteria(), MAX_ROWS, item -> write(sheet.createRow(next[0]++), item));
      workbook.write(out);
    }
    audit.record(
        AuditEvent.success(
            "person.export", "person", null, "filter " + params.describe() + ", rows " + rows));
  }

  private void write(Row row, PersonListItem p) {
    row.createCell(0).setCellValue(p.name());
    row.createCell(1).setCellValue(p.maskedIdNumber());
    row.createCell(2).setCellValue(p.sex().label());
    row.createCell(3).setCellValue(p.birthDate().toString());
    row.createCell(4).setCellValue(p.maskedPhone() == null ? "" : p.maskedPhone());
    row.createCell(5).setCellValue(regions.nameOf(p.residenceRegionCode()));
    row.createCell(6).setCellValue(p.address() == null ? "" : p.address());
    row.createCell(7).setCellValue(p.lifeStatus().label());
    row.createCell(8).setCellValue(p.dateOfDeath() == null ? "" : p.dateOfDeath().toString());
  }
}
