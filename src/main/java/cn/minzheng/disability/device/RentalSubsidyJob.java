package cn.minzheng.disability.device;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles the month just ended every night until its roster is approved: a month is settled once it
 * is over, so that every rental's days in it are known (returns of the last day included).
 */
@Component
class RentalSubsidyJob {

  private static final Logger log = LoggerFactory.getLogger(RentalSubsidyJob.class);

  private final RentalSubsidySettlement settlement;

  RentalSubsidyJob(RentalSubsidySettlement settlement) {
    this.settlement = settlement;
  }

  @Scheduled(
      cron = "${minzheng.disability.rental-subsidy.cron:0 10 2 * * *}",
      zone = "Asia/Shanghai")
  void nightly() {
    YearMonth month = YearMonth.from(ChinaTime.today()).minusMonths(1);
    try {
      var result = settlement.settle(month);
      log.info("辅具租赁补贴 {}: {} 人, {} 元", month, result.people(), result.total());
    } catch (MonthLockedException approved) {
      log.info("辅具租赁补贴 {}: 名册已审核，不再重算", month);
    }
  }
}
