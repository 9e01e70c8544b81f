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
  static final String BOOK_AGAIN = "/portal/marriage";
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
   * New bookings, as {@link BookingOutbox} delivers them: their registered parties come with the
   * outbox row (no look-up of them again), and a batch's messages are stored in one round trip.
   */
  int booked(List<Appointment> booked, List<List<Long>> registeredParties) {
    List<CitizenMessage> all = new java.util.ArrayList<>();
    for (int i = 0; i < booked.size(); i++) {
      Appointment a = booked.get(i);
      all.addAll(
          messagesOf(
              a,
              "婚姻登记预约成功",
              "booked:" + a.id(),
              "请双方携带本人身份证按时到场。",
              registeredParties.get(i),
              MY_BOOKINGS));
    }
    return messages.sendAll(all);
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

  /** A booking a death had cancelled is back on its slot after the death was withdrawn. */
  void restored(Appointment a) {
    send(a, "婚姻登记预约已恢复", "restored:" + a.id(), "误登记的死亡信息已撤销，原预约已恢复，请双方携带本人身份证按时到场。");
  }

  /**
   * A booking a death had cancelled could not be given back: the parties are asked to book again.
   */
  void askedToBookAgain(Appointment a) {
    send(
        a,
        "请重新预约婚姻登记",
        "rebook:" + a.id(),
        "误登记的死亡信息已撤销，但原时段已过或已约满（或一方已另行预约），原预约无法恢复，请重新预约。",
        store.partyPersons(a.id()),
        BOOK_AGAIN);
  }

  private int send(Appointment a, String subject, String key, String advice) {
    return send(a, subject, key, advice, store.partyPersons(a.id()));
  }

  private int send(Appointment a, String subject, String key, String advice, List<Long> persons) {
    return send(a, subject, key, advice, persons, MY_BOOKINGS);
  }

  private int send(
      Appointment a, String subject, String key, String advice, List<Long> persons, String link) {
    // one round trip for all the parties (a peak day's bookings are round trips first of all)
    return messages.sendAll(messagesOf(a, subject, key, advice, persons, link));
  }

  private static List<CitizenMessage> messagesOf(
      Appointment a, String subject, String key, String advice, List<Long> persons, String link) {
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
    return persons.stream()
        .map(
            person ->
                CitizenMessage.to(person, subject, body)
                    .withLink(link)
                    .once("marriage:" + key + ":" + person))
        .toList();
  }
}
