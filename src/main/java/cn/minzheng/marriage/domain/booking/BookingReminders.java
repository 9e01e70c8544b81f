package cn.minzheng.marriage.domain.booking;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The day before the slot, every party of a still booked appointment gets a reminder. Idempotent:
 * each message carries a once-key (appointment and day), so a second run, a run on another node or
 * a restart sends nothing twice; a rescheduled booking is reminded of its new day.
 */
@Service
public class BookingReminders {

  private final AppointmentStore store;
  private final BookingNotices notices;

  BookingReminders(AppointmentStore store, BookingNotices notices) {
    this.store = store;
    this.notices = notices;
  }

  @Scheduled(cron = "${minzheng.marriage.reminders.cron:0 0 9 * * *}", zone = "Asia/Shanghai")
  public void remindTomorrow() {
    remind(ChinaTime.today().plusDays(1));
  }

  /** Reminds the appointments of {@code day}; answers the messages newly sent. */
  public int remind(LocalDate day) {
    int sent = 0;
    for (Appointment a : store.bookedOn(day)) {
      sent += notices.remind(a);
    }
    return sent;
  }
}
