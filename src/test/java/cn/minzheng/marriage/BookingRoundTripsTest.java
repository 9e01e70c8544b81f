package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.StatementCounting;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 23: a booking is paid in database round trips, and on a peak day they are the cost. The
 * statements one booking sends (and its commit), counted on the connection, stay within the budget
 * below; a change that adds one fails here and has to say why.
 */
@SpringBootTest
@Import(StatementCounting.class)
class BookingRoundTripsTest {

  /**
   * Both parties' registry look-up, the slot with their histories, the appointment with its
   * parties, the messages to both registered parties, the audit entry, the seat, the commit: 7. It
   * was 11, then 10 when the messages took the parties from the booking instead of reading them
   * again, then 7 when the two look-ups, the slot and the histories, and the two messages each
   * became one round trip.
   */
  static final int BUDGET = 7;

  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired DataSource dataSource;

  @Test
  void aBookingOfTwoRegisteredPartiesStaysWithinItsRoundTrips() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, LocalDate.of(2031, 10, 8), 5);
    String man = MarriageFixtures.adult(true);
    String woman = MarriageFixtures.adult(false);
    registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    assertThat(StatementCounting.counts(dataSource))
        .as("the pool's connections are counted")
        .isTrue();

    StatementCounting.Counted<Appointment> booking =
        StatementCounting.during(
            () ->
                bookings.book(
                    new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null)));

    List<String> sent = booking.sent();
    assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(BUDGET);
    assertThat(sent).anyMatch(s -> s.contains("booking.slot")).contains("commit");
    // nothing was left out to save the trips: each party has the booking's message
    assertThat(
            jdbc.sql("select count(*) from portal.citizen_message where once_key like ?")
                .param("marriage:booked:" + booking.value().id() + ":%")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
