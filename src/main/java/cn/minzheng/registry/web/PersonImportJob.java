package cn.minzheng.registry.web;

import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobProgress;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.domain.importing.ImportMode;
import cn.minzheng.registry.domain.importing.ImportReport;
import cn.minzheng.registry.domain.importing.ImportRow;
import cn.minzheng.registry.domain.importing.PersonImporter;
import cn.minzheng.shared.ChinaTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;

/**
 * 批量导入 as a run of long work: started from the page, done on the task executor, its counts, outcome
 * and row errors in the run's record (the page's progress bar and the run history).
 */
@Configuration(proxyBeanMethods = false)
class PersonImportJob {

  static final JobKind KIND =
      new JobKind(
          "registry.person-import", "人员与家庭批量导入", RegistryAccess.REGISTRY_ROLES, "/registry/import");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PersonImporter importer;
  private final JobRuns runs;

  PersonImportJob(PersonImporter importer, JobRuns runs) {
    this.importer = importer;
    this.runs = runs;
  }

  @Bean
  static JobKind registryPersonImportKind() {
    return KIND;
  }

  /**
   * Starts the import of checked rows; one import at a time per region node (two of the same street
   * would race for the same persons).
   */
  JobRun start(
      StaffUser user, byte[] sha256, String fileName, ImportMode mode, List<ImportRow> rows) {
    return runs.submit(
        KIND,
        user.regionCode(),
        progress -> outcome(importRows(sha256, fileName, mode, rows, progress), progress));
  }

  private ImportReport importRows(
      byte[] sha256, String fileName, ImportMode mode, List<ImportRow> rows, JobProgress progress) {
    try {
      return importer.importRows(sha256, fileName, mode, rows, progress);
    } catch (DuplicateKeyException e) {
      // The same file was imported concurrently: the second run finds the first one's batch.
      return importer.importRows(sha256, fileName, mode, rows, progress);
    }
  }

  private static JobOutcome outcome(ImportReport report, JobProgress progress) {
    for (ImportReport.RowError e : report.errors()) {
      progress.error((long) e.line(), e.column(), e.message());
    }
    long refused =
        report.errors().stream().mapToInt(ImportReport.RowError::line).distinct().count();
    if (report.alreadyImportedAt() != null) {
      return JobOutcome.of(
          report.rowsTotal(),
          0,
          0,
          "该文件已于 "
              + TIME.format(report.alreadyImportedAt().atZone(ChinaTime.ZONE))
              + " 导入，本次未作任何更改。");
    }
    String counts =
        "共 "
            + report.rowsTotal()
            + " 行，新导入 "
            + report.imported()
            + " 人，已登记未变更 "
            + report.alreadyRegistered()
            + " 人，新建家庭 "
            + report.householdsCreated()
            + " 户，有误 "
            + report.errors().size()
            + " 处。";
    return JobOutcome.of(
        report.rowsTotal(),
        report.imported(),
        refused,
        (report.committed() ? "导入完成：" : "存在错误，按“全部或全不”未导入任何数据：") + counts);
  }
}
