package cn.minzheng.children.allowance;

import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: the current month of both programmes until its roster is approved (approvals,
 * deaths, care-type changes recorded during the month are in the roster without anybody asking),
 * and the proactive list compared with the registry again.
 */
@Component
class ChildAllowanceJob {

  private static final Logger log = LoggerFactory.getLogger(ChildAllowanceJob.class);

  private final ChildAllowanceMonthRuns run;
  private final Candidates candidates;
  private final String cityPrefix;

  ChildAllowanceJob(
      ChildAllowanceMonthRuns run,
      Candidates candidates,
      @Value("${minzheng.children.city-prefix:5101}") String cityPrefix) {
    this.run = run;
    this.candidates = candidates;
    this.cityPrefix = cityPrefix;
  }

  @Scheduled(cron = "${minzheng.children.allowance.cron:0 50 1 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    YearMonth month = YearMonth.from(ChinaTime.today());
    try {
      for (ChildAllowanceMonthRuns.Done done : run.run(month)) {
        log.info("{} {}: {}", done.programme().label(), month, done.text());
      }
    } catch (JobAlreadyRunning running) {
      log.info("儿童基本生活费 {}: 已有一次核算正在运行，本次跳过", month);
    }
    log.info("儿童主动发现：新增 {} 人", candidates.refresh(ChinaTime.today(), cityPrefix));
  }
}
