package cn.minzheng.marriage.domain.booking;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the appointments whose day has passed, so that nobody stays blocked by an old booking:
 * still BOOKED means nobody came (NO_SHOW, counted by the no-show rule); CHECKED_IN means the
 * couple was served (COMPLETED, e.g. a divorce appointment, whose registration runs through the
 * divorce application). Set-based and idempotent.
 */
@Service
public class PastAppointments {

  private final JdbcClient jdbc;

  PastAppointments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(cron = "${minzheng.marriage.close-past.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
  public void closeNightly() {
    close(ChinaTime.today());
  }

  /** Closes every active appointment of a day before {@code today}; answers how many. */
  @Transactional
  public int close(LocalDate today) {
    return jdbc.sql(
            """
            with closed as (
              update marriage.appointment a
                 set status = case a.status when 'BOOKED' then 'NO_SHOW' else 'COMPLETED' end,
                     changed_at = now()
                from booking.slot_fact s
               where s.id = a.slot_id and s.day < ? and a.status in ('BOOKED', 'CHECKED_IN')
              returning a.id, a.status)
            update marriage.appointment_party p
               set status = closed.status, active = false
              from closed
             where p.appointment_id = closed.id
            """)
        .param(today)
        .update();
  }
}
