package cn.minzheng.elderly.allowance;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the current month every night until its roster is approved, so that births into a band,
 * deaths and checks recorded during the month are in the roster without anybody asking.
 */
@Component
class MonthlyAllowanceJob {

  private static final Logger log = LoggerFactory.getLogger(MonthlyAllowanceJob.class);

  private final AllowanceMonthRuns run;
  private final AllowanceNotices notices;
  private final SilentExistenceChecks silent;

  MonthlyAllowanceJob(
      AllowanceMonthRuns run, AllowanceNotices notices, SilentExistenceChecks silent) {
    this.run = run;
    this.notices = notices;
    this.silent = silent;
  }

  @Scheduled(cron = "${minzheng.elderly.allowance.cron:0 40 1 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    YearMonth month = YearMonth.from(ChinaTime.today());
    log.info("高龄津贴 {}: 静默认证 {} 人", month, silent.confirm(ChinaTime.today()));
    try {
      var result = run.run(month);
      log.info("高龄津贴 {}: {} 人, {} 元", month, result.people(), result.total());
    } catch (MonthLockedException approved) {
      log.info("高龄津贴 {}: 名册已审核，不再重算", month);
    } catch (JobAlreadyRunning running) {
      log.info("高龄津贴 {}: 已有一次核算正在运行，本次跳过", month);
    }
    log.info(
        "高龄津贴 {}: 认证提醒 {} 人，暂停通知 {} 人", month, notices.dueIn(month), notices.suspendedIn(month));
  }
}
