package cn.minzheng.marriage;

import cn.minzheng.marriage.domain.booking.BookingOutbox;
import cn.minzheng.marriage.domain.offices.NewOffice;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import cn.minzheng.marriage.domain.offices.Offices;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offices, slots and ID numbers for the marriage tests; all values unique. */
public final class MarriageFixtures {

  public static final String JINJIANG = "510104000000";
  public static final String QINGYANG = "510105000000";

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final AtomicInteger SEQUENCE =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 400));
  private static final AtomicInteger OFFICES = new AtomicInteger();
  private static final AtomicInteger SLOTS = new AtomicInteger();

  private MarriageFixtures() {}

  /**
   * A valid ID number born on {@code birth} (GB 11643 check character written out here, independent
   * of the production code); the sequence digits keep it unique in this JVM.
   */
  public static String idNumber(LocalDate birth, boolean male) {
    int sequence = (SEQUENCE.incrementAndGet() % 499) * 2 + (male ? 1 : 0);
    String body =
        "510105" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", sequence);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }

  /** An adult of a random birthday between 1960 and 1995. */
  public static String adult(boolean male) {
    return idNumber(
        LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 35)), male);
  }

  public static long office(Offices offices, String regionCode) {
    int n = OFFICES.incrementAndGet();
    String code = "T" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36) + n;
    return offices.create(
        new NewOffice(
            code.toUpperCase(Locale.ROOT),
            "测试婚姻登记处" + n,
            OfficeKind.DISTRICT,
            regionCode,
            "测试路" + n + "号",
            new BigDecimal("30.657000"),
            new BigDecimal("104.080000"),
            "周一至周五 9:00-12:00 13:30-17:00，周六 9:00-12:00"));
  }

  /**
   * Waits until the booking's messages and audit entry have left the outbox (issue 23: they are
   * sent after the booking's commit), draining it here too rather than waiting for the schedule.
   */
  public static void delivered(BookingOutbox outbox, JdbcClient jdbc, long appointmentId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              outbox.drain();
              return jdbc.sql(
                      "select not exists (select 1 from marriage.booking_outbox"
                          + " where appointment_id = ?)")
                  .param(appointmentId)
                  .query(Boolean.class)
                  .single();
            });
  }

  /** A slot with a start time unique in this JVM (an office has one slot per day and start). */
  public static long slot(JdbcClient jdbc, long officeId, LocalDate day, int capacity) {
    LocalTime start = LocalTime.MIDNIGHT.plusMinutes(SLOTS.incrementAndGet() % 1200);
    return jdbc.sql(
            """
            with r as (
              insert into booking.resource (owner, owner_key, name)
              values ('marriage.office', ?, '测试婚姻登记处')
              on conflict (owner, owner_key) do update set name = booking.resource.name
              returning id)
            insert into booking.slot (resource_id, day, start_time, end_time, capacity)
            select id, ?, ?, ?, ? from r returning id""")
        .params(officeId, day, start, start.plusMinutes(30), capacity)
        .query(Long.class)
        .single();
  }
}
