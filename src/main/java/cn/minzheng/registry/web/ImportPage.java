package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.domain.importing.ImportMode;
import cn.minzheng.registry.domain.importing.ImportRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 批量导入: template download, upload (size limit, type by content, rows read at once so that an
 * unreadable file is refused on the page), then the import as a run of long work: the page answers
 * at once with its progress bar, whose outcome links to the row errors (page and Excel).
 */
@Controller
class ImportPage {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_ROWS = 10_000;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PersonImportJob job;
  private final JobRuns runs;
  private final RegistryAccess access;

  ImportPage(PersonImportJob job, JobRuns runs, RegistryAccess access) {
    this.job = job;
    this.runs = runs;
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
      HttpServletResponse response)
      throws IOException {
    StaffUser user = access.requireStaff();
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
    try {
      return render(model, job.start(user, sha256(bytes), name, mode, rows), null);
    } catch (JobAlreadyRunning running) {
      response.setStatus(409);
      return render(model, runs.find(running.runningRunId()).orElse(null), running.getMessage());
    }
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

  private String render(Model model, JobRun run, String problem) {
    model.addAttribute("run", run);
    model.addAttribute("problem", problem);
    model.addAttribute("kind", PersonImportJob.KIND);
    model.addAttribute(
        "breadcrumbs", List.of(new Breadcrumb("人口与家庭", null), new Breadcrumb("批量导入", null)));
    return "registry/import";
  }
}
