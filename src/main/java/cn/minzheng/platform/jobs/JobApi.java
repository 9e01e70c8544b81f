package cn.minzheng.platform.jobs;

import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobState;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The run history as the pages show it ({@link JobPages}): the same kinds, roles and scope. */
@RestController
class JobApi {

  private final JobHistory history;

  JobApi(JobHistory history) {
    this.history = history;
  }

  /** A run as the API answers it. */
  record RunView(
      long id,
      String kind,
      String kindLabel,
      String startedBy,
      @Nullable String regionCode,
      Instant startedAt,
      @Nullable Instant finishedAt,
      JobState state,
      @Nullable Long total,
      long read,
      long accepted,
      long refused,
      int percent,
      @Nullable String summary,
      @Nullable String failure) {

    static RunView of(JobRun r) {
      return new RunView(
          r.id(),
          r.kind().code(),
          r.kind().label(),
          r.startedBy(),
          r.regionCode(),
          r.startedAt(),
          r.finishedAt(),
          r.state(),
          r.total(),
          r.read(),
          r.accepted(),
          r.refused(),
          r.percent(),
          r.summary(),
          r.failure());
    }
  }

  /** A kept row error of a run. */
  record ErrorView(@Nullable Long row, @Nullable String field, String message) {}

  @Operation(
      summary = "运行记录（分页）",
      description = "导入与月度核算等长时间任务的运行记录，最新在前；只含调用方角色可见的任务种类与管辖范围内发起的运行。")
  @GetMapping("/api/v1/jobs")
  PageResult<RunView> list(
      @Parameter(description = "任务种类代码（运行记录页面“任务”筛选项的值）") @RequestParam(required = false)
          @Nullable String kind,
      @Parameter(description = "状态") @RequestParam(required = false) @Nullable JobState state,
      @Parameter(description = "开始日期自（含）")
          @RequestParam(required = false)
          @Nullable
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "开始日期至（含）")
          @RequestParam(required = false)
          @Nullable
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    PageQuery query = PageQuery.of(page, size, null, "desc", JobRunStore.SORTS, "started_at");
    PageResult<JobRun> result = history.page(history.filter(kind, state, from, to), query);
    return new PageResult<>(
        result.items().stream().map(RunView::of).toList(), query, result.total());
  }

  @Operation(summary = "一次运行的进度与结果", description = "运行中时可轮询：percent 为 0 至 100，结束（完成或失败）后为 100。")
  @GetMapping("/api/v1/jobs/{id}")
  RunView one(@PathVariable long id) {
    return RunView.of(history.run(id));
  }

  @Operation(summary = "一次运行的错误明细", description = "被拒绝的行：行号、列与原因；保留前 1000 处。")
  @GetMapping("/api/v1/jobs/{id}/errors")
  List<ErrorView> errors(@PathVariable long id) {
    return history.errors(history.run(id)).stream()
        .map(e -> new ErrorView(e.row(), e.field(), e.message()))
        .toList();
  }
}
