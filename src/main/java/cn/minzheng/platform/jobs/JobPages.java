package cn.minzheng.platform.jobs;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobState;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.web.Labels;
import cn.minzheng.shared.TableWorkbook;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 运行记录: the history of long work (per kind, paged, filtered by state and start date, Excel), a
 * run's page with its progress bar, the fragment the bar polls, and a run's row errors (page and
 * Excel).
 */
@Controller
class JobPages {

  private final JobHistory history;
  private final Labels labels;

  JobPages(JobHistory history, Labels labels) {
    this.history = history;
    this.labels = labels;
  }

  @GetMapping("/jobs")
  String list(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable JobState state,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    JobFilter filter = history.filter(kind, state, from, to);
    PageQuery query =
        PageQuery.of(
            page,
            size,
            sort,
            dir == null && sort == null ? "desc" : dir,
            JobRunStore.SORTS,
            "started_at");
    List<JobKind> kinds = history.visibleKinds();
    JobKind chosen =
        kind == null
            ? null
            : kinds.stream().filter(k -> k.code().equals(kind)).findFirst().orElse(null);
    model.addAttribute("page", history.page(filter, query));
    model.addAttribute("kinds", kinds);
    model.addAttribute("kind", chosen);
    model.addAttribute("states", JobState.values());
    model.addAttribute("state", state);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("运行记录"), Breadcrumb.here(chosen == null ? "全部任务" : chosen.label())));
    return "jobs/history";
  }

  @GetMapping("/jobs/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable JobState state,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {
    List<List<?>> rows = new ArrayList<>();
    for (JobRun r : history.export(history.filter(kind, state, from, to))) {
      rows.add(
          Arrays.asList(
              r.id(),
              r.kind().label(),
              labels.actor(r.startedBy()),
              r.regionCode() == null ? "全市" : labels.region(r.regionCode()),
              r.startedAt(),
              r.finishedAt(),
              r.state(),
              r.read(),
              r.accepted(),
              r.refused(),
              r.failure() != null ? r.failure() : r.summary()));
    }
    byte[] file =
        new TableWorkbook()
            .sheet(
                "运行记录",
                List.of("编号", "任务", "发起人", "区域", "开始时间", "结束时间", "状态", "读取行数", "接受", "拒绝", "结果"),
                rows)
            .bytes();
    return xlsx(file, "运行记录.xlsx");
  }

  /** A run's own page: the bar (polling while it runs), who and when, the outcome. */
  @GetMapping("/jobs/{id}")
  String run(@PathVariable long id, Model model) {
    JobRun run = history.run(id);
    model.addAttribute("run", run);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("运行记录", "/jobs?kind=" + run.kind().code()),
            Breadcrumb.here(run.kind().label() + " " + id)));
    return "jobs/run";
  }

  /** What the bar polls every second: the bar alone, without the frame. */
  @GetMapping("/jobs/{id}/progress")
  String progress(@PathVariable long id, Model model) {
    model.addAttribute("run", history.run(id));
    return "jobs/progress :: bar";
  }

  @GetMapping("/jobs/{id}/errors")
  String errors(@PathVariable long id, Model model) {
    JobRun run = history.run(id);
    model.addAttribute("run", run);
    model.addAttribute("errors", history.errors(run));
    model.addAttribute("limit", JobHistory.SHOWN_ERRORS);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.link("运行记录", "/jobs?kind=" + run.kind().code()),
            Breadcrumb.link(run.kind().label() + " " + id, "/jobs/" + id),
            Breadcrumb.here("错误明细")));
    return "jobs/errors";
  }

  @GetMapping("/jobs/{id}/errors.xlsx")
  ResponseEntity<byte[]> errorsExcel(@PathVariable long id) {
    JobRun run = history.run(id);
    List<List<?>> rows =
        history.errors(run).stream()
            .<List<?>>map(e -> Arrays.asList(e.row(), e.field(), e.message()))
            .toList();
    byte[] file = new TableWorkbook().sheet("错误明细", List.of("行号", "列", "原因"), rows).bytes();
    return xlsx(file, "错误明细-" + id + ".xlsx");
  }

  private static ResponseEntity<byte[]> xlsx(byte[] file, String name) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(TableWorkbook.CONTENT_TYPE))
        .body(file);
  }
}
