package cn.minzheng.marriage.domain.closures;

import cn.minzheng.calendar.PublicHolidayDeclared;
import cn.minzheng.shared.ChinaTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registration offices are closed on public holidays. Slot generation skips the holidays already in
 * the city's working calendar; a holiday declared later closes its day like a holiday entered in
 * the marriage calendar: free slots go, bookings are cancelled with a message.
 */
@Component
class StatutoryHolidays {

  private final DayClosures closures;

  StatutoryHolidays(DayClosures closures) {
    this.closures = closures;
  }

  @ApplicationModuleListener
  void on(PublicHolidayDeclared holiday) {
    if (!holiday.day().isBefore(ChinaTime.today())) {
      closures.closeCity(holiday.day(), holiday.name());
    }
  }
}
