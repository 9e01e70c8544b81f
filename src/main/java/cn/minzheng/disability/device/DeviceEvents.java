package cn.minzheng.disability.device;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A death cancels the person's open rentals with a message to the family (idempotent: a cancelled
 * rental is not cancelled again); overdue reminders every morning.
 */
@Component
class DeviceEvents {

  private static final Logger log = LoggerFactory.getLogger(DeviceEvents.class);

  private final DeviceRentals rentals;
  private final LifeEventTrail trail;

  DeviceEvents(DeviceRentals rentals, LifeEventTrail trail) {
    this.rentals = rentals;
    this.trail = trail;
  }

  static String cancelReason(LocalDate dateOfDeath) {
    return "租用人已故（" + dateOfDeath + "）";
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    List<Long> open = rentals.openOf(died.personId());
    for (long rental : open) {
      rentals.cancel(rental, cancelReason(died.dateOfDeath()));
    }
    if (!open.isEmpty()) {
      trail.record(
          new TrailEntry(
              died.personId(),
              LifeEvent.DEATH,
              died.dateOfDeath(),
              "残疾人福利",
              "取消辅具租赁 " + open.size() + " 件，已通知家属送还辅具、退还押金",
              "死亡后取消在办服务并告知家属（§8 身后一件事）",
              "disability-device-death:" + died.personId() + ":" + died.dateOfDeath()));
    }
  }

  /**
   * A withdrawn death reopens the rentals the death cancelled, where the unit is still in stock.
   */
  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    int reopened =
        rentals.reopenAfterWithdrawnDeath(
            withdrawn.personId(), cancelReason(withdrawn.dateOfDeath()));
    if (reopened > 0) {
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              "残疾人福利",
              "恢复因误登记死亡取消的辅具租赁 " + reopened + " 件",
              "误登记死亡撤销后恢复在办服务（§8）",
              "disability-device-death-withdrawn:"
                  + withdrawn.personId()
                  + ":"
                  + withdrawn.dateOfDeath()));
    }
  }

  @Scheduled(
      cron = "${minzheng.disability.device.reminder-cron:0 0 9 * * *}",
      zone = "Asia/Shanghai")
  void remind() {
    log.info("辅具租赁到期提醒 {} 件", rentals.remindOverdue(ChinaTime.today()));
  }
}
