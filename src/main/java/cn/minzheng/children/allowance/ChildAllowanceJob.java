package cn.minzheng.children.allowance;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
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

  private final ChildAllowanceRun run;
  private final Candidates candidates;
  private final String cityPrefix;

  ChildAllowanceJob(
      ChildAllowanceRun run,
      Candidates candidates,
      @Value("${minzheng.children.city-prefix:5101}") String cityPrefix) {
    this.run = run;
    this.candidates = candidates;
    this.cityPrefix = cityPrefix;
  }

  @Scheduled(cron = "${minzheng.children.allowance.cron:0 50 1 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    YearMonth month = YearMonth.from(ChinaTime.today());
    for (Programme programme : new Programme[] {Programme.ORPHAN, Programme.UNSUPPORTED_CHILD}) {
      try {
        var result = run.run(programme, month);
        log.info("{} {}: {} 人, {} 元", programme.label(), month, result.people(), result.total());
      } catch (MonthLockedException approved) {
        log.info("{} {}: 名册已审核，不再重算", programme.label(), month);
      }
    }
    log.info("儿童主动发现：新增 {} 人", candidates.refresh(ChinaTime.today(), cityPrefix));
  }
}
