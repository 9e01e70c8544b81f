package cn.minzheng.disability.subsidy;

import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the current month of both subsidies every night until its roster is approved, so that
 * ratings, moves, 低保 changes and deaths of the month are in the roster without anybody asking.
 */
@Component
class MonthlySubsidyJob {

  private static final Logger log = LoggerFactory.getLogger(MonthlySubsidyJob.class);

  private final SubsidyMonthRuns run;
  private final RegistryRatings ratings;

  MonthlySubsidyJob(SubsidyMonthRuns run, RegistryRatings ratings) {
    this.run = run;
    this.ratings = ratings;
  }

  @Scheduled(cron = "${minzheng.disability.subsidy.cron:0 50 1 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    ratings.adopt();
    YearMonth month = YearMonth.from(ChinaTime.today());
    try {
      for (SubsidyMonthRuns.Done done : run.run(month)) {
        log.info("{}: {}", month, done.text());
      }
    } catch (JobAlreadyRunning running) {
      log.info("残疾人两项补贴 {}: 已有一次核算正在运行，本次跳过", month);
    }
  }
}
