package cn.minzheng.disability.subsidy;

import cn.minzheng.payments.MonthLockedException;
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

  private final MonthlySubsidyRun run;
  private final RegistryRatings ratings;

  MonthlySubsidyJob(MonthlySubsidyRun run, RegistryRatings ratings) {
    this.run = run;
    this.ratings = ratings;
  }

  @Scheduled(cron = "${minzheng.disability.subsidy.cron:0 50 1 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    ratings.adopt();
    YearMonth month = YearMonth.from(ChinaTime.today());
    for (Subsidy subsidy : Subsidy.values()) {
      try {
        var result = run.run(subsidy, month);
        log.info("{} {}: {} 人, {} 元", subsidy.label(), month, result.people(), result.total());
      } catch (MonthLockedException approved) {
        log.info("{} {}: 名册已审核，不再重算", subsidy.label(), month);
      }
    }
  }
}
