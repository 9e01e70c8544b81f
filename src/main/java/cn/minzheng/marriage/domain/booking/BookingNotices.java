package cn.minzheng.marriage.domain.booking;

import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The messages of a booking to its parties known to the registry (through the portal's {@link
 * CitizenMessages}): booked, moved, reminded the day before, cancelled by the office. Each has a
 * once-key, so that a repeated job or a retried call never sends one twice. No ID numbers in them.
 */
@Component
class BookingNotices {

  static final String MY_BOOKINGS = "/portal/marriage/my";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy年M月d日（EEE）", Locale.CHINA);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final CitizenMessages messages;
  private final AppointmentStore store;

  BookingNotices(CitizenMessages messages, AppointmentStore store) {
    this.messages = messages;
    this.store = store;
  }

  /**
   * A new booking: its registered parties are known to the booking (no look-up of them again, a
   * round trip less on a peak day).
   */
  void booked(Appointment a, List<Long> registeredParties) {
    send(a, "婚姻登记预约成功", "booked:" + a.id(), "请双方携带本人身份证按时到场。", registeredParties);
  }

  void moved(Appointment a) {
    send(a, "婚姻登记预约已改约", "moved:" + a.id() + ":" + a.slotId(), "请按新的时段到场。");
  }

  /** The day-before reminder; sent at most once per appointment and slot day. */
  int remind(Appointment a) {
    return send(a, "明日婚姻登记预约提醒", "reminder:" + a.id() + ":" + a.day(), "请双方携带本人身份证按时到场。");
  }

  void cancelledByOffice(Appointment a, String reason) {
    send(a, "婚姻登记预约已被登记处取消", "cancelled:" + a.id(), "原因：" + reason + "。给您带来不便，敬请谅解，请重新预约其他时段。");
  }

  private int send(Appointment a, String subject, String key, String advice) {
    return send(a, subject, key, advice, store.partyPersons(a.id()));
  }

  private int send(Appointment a, String subject, String key, String advice, List<Long> persons) {
    String body =
        a.type().label()
            + "，"
            + a.officeName()
            + "，"
            + DAY.format(a.day())
            + " "
            + TIME.format(a.start())
            + "-"
            + TIME.format(a.end())
            + "，预约码 "
            + a.code()
            + "。"
            + advice;
    int sent = 0;
    for (Long person : persons) {
      CitizenMessage m =
          CitizenMessage.to(person, subject, body)
              .withLink(MY_BOOKINGS)
              .once("marriage:" + key + ":" + person);
      if (messages.send(m)) {
        sent++;
      }
    }
    return sent;
  }
}
