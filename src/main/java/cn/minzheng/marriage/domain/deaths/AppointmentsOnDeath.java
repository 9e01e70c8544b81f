package cn.minzheng.marriage.domain.deaths;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.BookingService.Restoration;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonDied;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 身后一件事: a party's death cancels the open (booked, not yet attended) appointments it is a party to,
 * through the booking service's office cancellation (seat released, audited, message to the parties
 * known to the registry, i.e. the other party); a line on the trail. Idempotent: a re-delivered
 * event finds nothing booked. A death recorded in error and withdrawn gives back the bookings the
 * death cancelled — and only those — on their slots, or asks the parties to book again where the
 * slot is gone ({@link BookingService#restoreAfterDeathWithdrawn}). Lives outside {@code booking/}
 * on purpose: it only calls the booking service's public API.
 */
@Component
class AppointmentsOnDeath {

  static final String REASON = "当事人已去世，预约自动取消";

  private final JdbcClient jdbc;
  private final BookingService bookings;
  private final LifeEventTrail trail;

  AppointmentsOnDeath(JdbcClient jdbc, BookingService bookings, LifeEventTrail trail) {
    this.jdbc = jdbc;
    this.bookings = bookings;
    this.trail = trail;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    record Open(long id, LocalDate day, String type) {}
    List<Open> open =
        jdbc.sql(
                """
                select a.id, p.slot_day as day, a.type from marriage.appointment a
                  join marriage.appointment_party p on p.appointment_id = a.id
                 where p.person_id = ? and a.status = 'BOOKED'
                 order by a.id""")
            .param(died.personId())
            .query(Open.class)
            .list();
    for (Open a : open) {
      bookings.cancelForDeath(a.id(), REASON);
      trail.record(
          new TrailEntry(
              died.personId(),
              LifeEvent.DEATH,
              died.dateOfDeath(),
              "婚姻登记",
              "取消" + ("DIVORCE".equals(a.type()) ? "离婚" : "结婚") + "登记预约（" + a.day() + "），已通知另一方",
              "死亡后取消未完成的预约（§8）",
              "marriage-appointment-cancelled:" + a.id()));
    }
  }

  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    for (long id : bookings.cancelledByDeathOf(withdrawn.personId())) {
      var outcome = bookings.restoreAfterDeathWithdrawn(id);
      if (outcome.isEmpty()) {
        continue;
      }
      Appointment a = bookings.find(id);
      String what = a.type().label() + "预约（" + a.day() + "）";
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              "婚姻登记",
              outcome.get() == Restoration.RESTORED
                  ? "恢复" + what + "，已通知双方"
                  : what + "原时段已过或已约满，已通知双方重新预约",
              "误登记死亡撤销后恢复因死亡取消的预约（§8）",
              "marriage-appointment-restored:" + id));
    }
  }
}
