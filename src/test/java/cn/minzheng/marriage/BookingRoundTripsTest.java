package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingOutbox;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.OwnIdNumbers;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.IdCardNo;
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
   * The one booking statement ({@code marriage.book}: the parties' registry look-up in its
   * published view, the rules, the seat, the appointment and its parties, the outbox row of
   * messages and audit), in autocommit: 1. It was 11, 10 when the messages took the parties from
   * the booking, 7 when the look-ups, the slot and the histories, and the messages each became one
   * round trip, 3 when the booking became one statement and its messages and audit entry left
   * through the outbox, then 1 when the registry published the marital status and the look-up (with
   * its read-only transaction's commit) joined the statement.
   */
  static final int BUDGET = 1;

  @Autowired BookingService bookings;
  @Autowired BookingOutbox outbox;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired DataSource dataSource;
  @Autowired OwnIdNumbers ownIds;

  @Test
  void aCitizensBookingWithTheOwnNumberTakenFromTheFormsSealStaysWithinItsRoundTrips()
      throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, LocalDate.of(2031, 10, 9), 5);
    String man = MarriageFixtures.adult(true);
    String woman = MarriageFixtures.adult(false);
    long person =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    // the form was shown before: its look-up of the own number is not the booking's
    String sealed = ownIds.seal(person, ownIds.of(person).orElseThrow());

    StatementCounting.Counted<Appointment> booking =
        StatementCounting.during(
            () ->
                bookings.book(
                    BookingRequest.byCitizen(
                        slot,
                        AppointmentType.MARRIAGE,
                        ownIds.resolve(person, sealed).value(),
                        woman,
                        990_001L,
                        person)));

    assertThat(booking.sent()).as(String.join("\n", booking.sent())).hasSize(BUDGET);
    assertThat(booking.value().firstMasked()).isEqualTo(IdCardNo.parse(man).masked());
  }

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
    assertThat(sent).anyMatch(s -> s.contains("marriage.book("));
    assertThat(sent.get(sent.size() - 1))
        .as("the booking statement commits by itself (autocommit): no commit after it")
        .contains("marriage.book(");
    // nothing was left out to save the trips: each party gets the booking's message
    MarriageFixtures.delivered(outbox, jdbc, booking.value().id());
    assertThat(
            jdbc.sql("select count(*) from portal.citizen_message where once_key like ?")
                .param("marriage:booked:" + booking.value().id() + ":%")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
