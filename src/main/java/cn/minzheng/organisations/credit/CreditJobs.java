package cn.minzheng.organisations.credit;

import cn.minzheng.shared.ChinaTime;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the credit lists (Asia/Shanghai, {@code minzheng.organisations.credit-cron}):
 * late annual reports of last year onto the abnormal list once the deadline has passed, verified
 * rectifications off it when due, two years on it onto the serious list, serious listings two years
 * past their latest cause off, zombie candidates proposed, and yesterday's file for 信用中国 written
 * into {@code minzheng.organisations.credit-export-dir} (when set).
 */
@Component
class CreditJobs {

  private static final Logger log = LoggerFactory.getLogger(CreditJobs.class);
  static final String SYSTEM = "system";

  private final CreditLists lists;
  private final ZombieCandidates zombies;
  private final CreditExport export;
  private final String exportDir;

  CreditJobs(
      CreditLists lists,
      ZombieCandidates zombies,
      CreditExport export,
      @Value("${minzheng.organisations.credit-export-dir:}") String exportDir) {
    this.lists = lists;
    this.zombies = zombies;
    this.export = export;
    this.exportDir = exportDir;
  }

  @Scheduled(cron = "${minzheng.organisations.credit-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
  void daily() {
    run(ChinaTime.today());
  }

  void run(LocalDate today) {
    int late = lists.listLateReports(today.getYear() - 1, today, SYSTEM);
    int removed = lists.removeDueAbnormal(today, SYSTEM);
    int promoted = lists.promoteAbnormal(today, SYSTEM);
    int expired = lists.removeExpiredSerious(today, SYSTEM);
    int proposed = zombies.detect(today);
    if (!exportDir.isBlank()) {
      export.write(Path.of(exportDir), today.minusDays(1));
    }
    log.info(
        "社会组织信用：逾期年报列入 {}，异常名录移出 {}，转入失信 {}，失信移出 {}，僵尸候选 {}",
        late,
        removed,
        promoted,
        expired,
        proposed);
  }
}
