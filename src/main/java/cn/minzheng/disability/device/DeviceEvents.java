package cn.minzheng.disability.device;

import cn.minzheng.registry.PersonDied;
import cn.minzheng.shared.ChinaTime;
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

  DeviceEvents(DeviceRentals rentals) {
    this.rentals = rentals;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    for (long rental : rentals.openOf(died.personId())) {
      rentals.cancel(rental, "租用人已故（" + died.dateOfDeath() + "）");
    }
  }

  @Scheduled(
      cron = "${minzheng.disability.device.reminder-cron:0 0 9 * * *}",
      zone = "Asia/Shanghai")
  void remind() {
    log.info("辅具租赁到期提醒 {} 件", rentals.remindOverdue(ChinaTime.today()));
  }
}
