package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedBatch;
import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedRows;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.feeds.RowError;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobProgress;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A feed file uploaded on the page, imported as a run of long work: rows counted as they stream
 * into staging, the batch's counts and first row errors in the run's record, the batch's page as
 * its result. One import per feed type at a time.
 */
@Configuration(proxyBeanMethods = false)
class FeedImportJob {

  static final JobKind KIND =
      new JobKind(
          "monitoring.feed-import", "部门数据导入", MonitoringAccess.FEED_ADMINS, "/monitoring/feeds");

  /** The row errors copied into the run's record (the batch keeps all of them). */
  private static final int COPIED_ERRORS = 1000;

  private final FeedImports imports;
  private final JobRuns runs;

  FeedImportJob(FeedImports imports, JobRuns runs) {
    this.imports = imports;
    this.runs = runs;
  }

  @Bean
  static JobKind monitoringFeedImportKind() {
    return KIND;
  }

  /**
   * Starts the import of an uploaded file, which the run then owns: it is deleted when the run
   * ends. {@code rows} is read from it (opened already, so that an unreadable encoding is refused
   * on the page).
   */
  JobRun start(FeedType type, String fileName, byte[] sha256, FeedRows rows, Path file, String by) {
    return runs.submit(
        KIND,
        type.code(),
        progress -> {
          try {
            return outcome(
                imports.importRows(
                    Delivery.upload(type, fileName, sha256), counted(rows, progress), by),
                progress);
          } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("文件无法读取：请上传UTF-8或GBK编码的CSV文件，或Excel工作簿（.xlsx）", e);
          } finally {
            Files.deleteIfExists(file);
          }
        });
  }

  /** The rows as they stream, counted into the run's progress. */
  private static FeedRows counted(FeedRows rows, JobProgress progress) {
    return sink -> {
      long[] read = {0};
      rows.forEach(
          (line, cells) -> {
            sink.row(line, cells);
            progress.counts(++read[0], 0, 0);
          });
    };
  }

  private JobOutcome outcome(FeedImportResult result, JobProgress progress) {
    FeedBatch b = result.batch();
    String link = "/monitoring/feeds/batches/" + b.id();
    if (result.repeated()) {
      return JobOutcome.of(0, 0, 0, "该文件已导入过（批次 " + b.id() + "），本次未作任何更改。").linkedTo(link);
    }
    for (RowError e : imports.errors(b.id(), COPIED_ERRORS)) {
      progress.error((long) e.line(), e.field(), e.reason());
    }
    return JobOutcome.of(
            b.rowsTotal(),
            b.rowsTotal() - b.rowsRejected(),
            b.rowsRejected(),
            "导入完成（批次 "
                + b.id()
                + "）：共 "
                + b.rowsTotal()
                + " 行，匹配 "
                + b.rowsMatched()
                + " 人次，未匹配 "
                + b.rowsUnmatched()
                + " 行，有误 "
                + b.rowsRejected()
                + " 行，产生预警 "
                + result.warningsRaised()
                + " 条。")
        .linkedTo(link);
  }
}
