package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.feeds.FeedFiles;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 数据对接: the feed types with their schemas, recent batches, upload (imported as a run of long work
 * with a progress bar: {@link FeedImportJob}), a batch's report.
 */
@Controller
class FeedPages {

  static final int REPORT_ROWS = 500;

  private final FeedImports imports;
  private final FeedImportJob job;
  private final JobRuns runs;
  private final MonitoringAccess access;
  private final AuditLog audit;

  FeedPages(
      FeedImports imports,
      FeedImportJob job,
      JobRuns runs,
      MonitoringAccess access,
      AuditLog audit) {
    this.imports = imports;
    this.job = job;
    this.runs = runs;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/monitoring/feeds")
  String list(Model model) {
    access.requireFeedAdmin();
    return render(model, null, null);
  }

  @PostMapping("/monitoring/feeds/upload")
  String upload(
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    var user = access.requireFeedAdmin();
    FeedType feed = type == null ? null : FeedType.fromCode(type).orElse(null);
    if (feed == null) {
      return render(model, null, "请选择数据类型");
    }
    if (file == null || file.isEmpty()) {
      return render(model, null, "请选择要上传的文件（CSV或Excel）");
    }
    Path temp = Files.createTempFile("feed-", ".upload");
    boolean handedOver = false;
    try {
      file.transferTo(temp);
      String name = file.getOriginalFilename() == null ? "feed" : file.getOriginalFilename();
      JobRun run =
          job.start(
              feed, name, FeedFiles.sha256(temp), FeedFiles.rows(temp), temp, user.username());
      handedOver = true;
      return render(model, run, null);
    } catch (JobAlreadyRunning running) {
      response.setStatus(409);
      return render(model, runs.find(running.runningRunId()).orElse(null), running.getMessage());
    } catch (java.nio.charset.CharacterCodingException e) {
      return render(model, null, "文件无法读取：CSV文件须为UTF-8或GBK编码，或请上传Excel工作簿（.xlsx）");
    } catch (java.io.UncheckedIOException e) {
      return render(model, null, "文件无法读取：请上传UTF-8或GBK编码的CSV文件，或Excel工作簿（.xlsx）");
    } finally {
      if (!handedOver) {
        Files.deleteIfExists(temp);
      }
    }
  }

  @GetMapping("/monitoring/feeds/batches/{id}")
  String batch(@PathVariable long id, Model model) {
    access.requireFeedAdmin();
    var batch = imports.batch(id).orElseThrow(() -> new RecordNotFoundException("no batch"));
    audit.record(
        AuditLog.AuditEvent.success(
            "monitoring.feed.view", "feed_batch", String.valueOf(id), null));
    model.addAttribute("batch", batch);
    model.addAttribute("errors", imports.errors(id, REPORT_ROWS));
    model.addAttribute("unmatched", imports.unmatched(id, REPORT_ROWS));
    model.addAttribute("limit", REPORT_ROWS);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("动态监测"),
            Breadcrumb.link("数据对接", "/monitoring/feeds"),
            Breadcrumb.here("批次 " + id)));
    return "monitoring/feed-batch";
  }

  private String render(Model model, JobRun run, String problem) {
    model.addAttribute("types", FeedType.values());
    model.addAttribute("batches", imports.recent(30));
    model.addAttribute("run", run);
    model.addAttribute("kind", FeedImportJob.KIND);
    model.addAttribute("problem", problem);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("数据对接")));
    return "monitoring/feeds";
  }
}
