package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.registry.domain.importing.ImportMode;
import cn.minzheng.registry.domain.importing.ImportReport;
import cn.minzheng.registry.domain.importing.ImportRow;
import cn.minzheng.registry.domain.importing.PersonImporter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 批量导入: template download, upload (size limit, type by content), row-level report on the page and
 * as a download. The last report stays in the session for the download only.
 */
@Controller
class ImportPage {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_ROWS = 10_000;
  static final String REPORT = "registry.importReport";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PersonImporter importer;
  private final RegistryAccess access;

  ImportPage(PersonImporter importer, RegistryAccess access) {
    this.importer = importer;
    this.access = access;
  }

  @GetMapping("/registry/import")
  String page(Model model) {
    access.requireStaff();
    return render(model, null, null);
  }

  @GetMapping("/registry/import/template")
  void template(HttpServletResponse response) throws IOException {
    access.requireStaff();
    response.setContentType(XLSX);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"person-import-template.xlsx\"");
    ImportWorkbooks.writeTemplate(response.getOutputStream());
  }

  @PostMapping("/registry/import")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "KEEP_VALID") ImportMode mode,
      Model model,
      HttpSession session,
      HttpServletResponse response)
      throws IOException {
    access.requireStaff();
    byte[] bytes = file == null ? new byte[0] : file.getBytes();
    String problem = fileProblem(bytes);
    List<ImportRow> rows = null;
    if (problem == null) {
      try {
        rows = ImportWorkbooks.read(new ByteArrayInputStream(bytes), MAX_ROWS);
      } catch (ImportWorkbooks.UnreadableWorkbookException e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      response.setStatus(422);
      return render(model, null, problem);
    }
    String name = file.getOriginalFilename() == null ? "import.xlsx" : file.getOriginalFilename();
    ImportReport report;
    try {
      report = importer.importRows(sha256(bytes), name, mode, rows);
    } catch (DuplicateKeyException e) {
      // The same file was imported concurrently: the second run finds the first one's batch.
      report = importer.importRows(sha256(bytes), name, mode, rows);
    }
    session.setAttribute(REPORT, report);
    return render(model, report, null);
  }

  @GetMapping("/registry/import/report")
  void report(HttpSession session, HttpServletResponse response) throws IOException {
    access.requireStaff();
    if (!(session.getAttribute(REPORT) instanceof ImportReport report)) {
      response.sendError(404);
      return;
    }
    response.setContentType(XLSX);
    response.setHeader("Content-Disposition", "attachment; filename=\"import-report.xlsx\"");
    ImportWorkbooks.writeReport(report, response.getOutputStream());
  }

  /** Size and type by content: an .xlsx is a ZIP archive, starting with "PK\3\4". */
  static String fileProblem(byte[] bytes) {
    if (bytes.length == 0) {
      return "请选择要导入的文件";
    }
    if (bytes.length > MAX_BYTES) {
      return "文件超过5MB，请分批导入";
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      return "文件类型不正确：请使用下载的模板，保存为Excel工作簿（.xlsx）";
    }
    return null;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String render(Model model, ImportReport report, String problem) {
    model.addAttribute("report", report);
    model.addAttribute("problem", problem);
    model.addAttribute(
        "breadcrumbs", List.of(new Breadcrumb("人口与家庭", null), new Breadcrumb("批量导入", null)));
    return "registry/import";
  }
}
