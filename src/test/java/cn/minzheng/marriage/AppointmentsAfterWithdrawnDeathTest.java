package cn.minzheng.marriage;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * 身后一件事 withdrawn (issue 17, docs/domain-rules.md §8): a death recorded in error cancels a party's
 * marriage booking; its withdrawal books it again on its own slot with its code when the seat is
 * still free, and asks the parties to book again (message with a link) when somebody has taken the
 * seat meanwhile; a booking the citizen cancelled before stays cancelled; the withdrawal delivered
 * twice changes nothing.
 */
@SpringBootTest
@EnableScenarios
class AppointmentsAfterWithdrawnDeathTest {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final LocalDate DAY = LocalDate.of(2034, 6, 6);

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;

  final StaffUser admin = AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN);
  final StaffUser approver = AssistanceFixtures.approver();

  record Couple(long first, String firstId, long second, String secondId) {}

  @Test
  void theWithdrawalRestoresTheBookingOnItsSlotWhenTheSeatIsStillFree(Scenario scenario) {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, DAY, 2);
    Couple c = couple();
    var booked = bookings.book(request(slot, c));
    Couple cancelledByCitizen = couple();
    long citizens = bookings.book(request(slot, cancelledByCitizen)).id();
    bookings.cancel(citizens);
    assertThat(seats(slot)).isEqualTo(1);

    die(scenario, c.first());
    die(scenario, cancelledByCitizen.first());
    assertThat(status(booked.id())).isEqualTo("CANCELLED");
    assertThat(seats(slot)).isZero();

    withdraw(scenario, c.first());
    withdraw(scenario, cancelledByCitizen.first());
    assertThat(status(booked.id())).isEqualTo("BOOKED");
    assertThat(bookings.find(booked.id()).code()).isEqualTo(booked.code());
    assertThat(bookings.find(booked.id()).slotId()).isEqualTo(slot);
    assertThat(seats(slot)).isOne();
    assertThat(messages(c.second(), "婚姻登记预约已恢复"))
        .singleElement()
        .asString()
        .contains("预约码 " + booked.code());
    assertThat(messages(c.first(), "婚姻登记预约已恢复")).hasSize(1);
    assertThat(trail(c.first())).contains("恢复结婚登记预约（" + DAY + "），已通知双方");

    // the booking the citizen cancelled before the death stays cancelled, nobody is told
    assertThat(status(citizens)).isEqualTo("CANCELLED");
    assertThat(messages(cancelledByCitizen.second(), "婚姻登记预约已恢复")).isEmpty();
    assertThat(messages(cancelledByCitizen.second(), "请重新预约婚姻登记")).isEmpty();

    // the withdrawal delivered again: no second seat, no second message
    scenario
        .publish(new DeathWithdrawn(c.first(), DAY.minusYears(9), RegistryTestData.COMMUNITY, "重复"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> true))
        .andVerify(done -> assertThat(done).isTrue());
    assertThat(status(booked.id())).isEqualTo("BOOKED");
    assertThat(seats(slot)).isOne();
    assertThat(messages(c.second(), "婚姻登记预约已恢复")).hasSize(1);
  }

  @Test
  void whenTheSeatWasTakenMeanwhileThePartiesAreAskedToBookAgainWithALink(Scenario scenario) {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, DAY, 1);
    Couple c = couple();
    long booked = bookings.book(request(slot, c)).id();
    die(scenario, c.first());
    Couple others = couple();
    bookings.book(request(slot, others));
    assertThat(seats(slot)).isOne();

    withdraw(scenario, c.first());
    assertThat(status(booked)).isEqualTo("CANCELLED");
    assertThat(seats(slot)).as("never overbooked").isOne();
    assertThat(
            jdbc.sql("select link from portal.citizen_message where person_id = ? and subject = ?")
                .params(c.second(), "请重新预约婚姻登记")
                .query(String.class)
                .list())
        .containsExactly("/portal/marriage");
    assertThat(messages(c.first(), "请重新预约婚姻登记")).hasSize(1);
    assertThat(messages(c.second(), "婚姻登记预约已恢复")).isEmpty();
    assertThat(trail(c.first())).anyMatch(line -> line.contains("已通知双方重新预约"));
  }

  private Couple couple() {
    String firstId = MarriageFixtures.adult(true);
    String secondId = MarriageFixtures.adult(false);
    long first =
        registry.person(firstId, "撤销测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long second =
        registry
            .person(secondId, "撤销测试伴", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED)
            .id();
    return new Couple(first, firstId, second, secondId);
  }

  private static BookingRequest request(long slot, Couple c) {
    return new BookingRequest(slot, AppointmentType.MARRIAGE, c.firstId(), c.secondId(), null);
  }

  private void die(Scenario scenario, long person) {
    scenario
        .stimulate(
            () ->
                as(
                    admin,
                    () ->
                        personCommands.recordDeath(
                            person, new DeathReport(DAY.minusYears(9), "COMMUNITY", null, "测试"))))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> true))
        .andVerify(done -> assertThat(done).isTrue());
  }

  private void withdraw(Scenario scenario, long person) {
    scenario
        .stimulate(
            () ->
                as(
                    approver,
                    () -> {
                      personCommands.withdrawDeath(person, "医院误报，本人健在");
                      return null;
                    }))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled(() -> true))
        .andVerify(done -> assertThat(done).isTrue());
  }

  private boolean settled(BooleanSupplier state) {
    return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single()
            == 0
        && state.getAsBoolean();
  }

  private String status(long id) {
    return jdbc.sql("select status from marriage.appointment where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private int seats(long slot) {
    return jdbc.sql("select booked from booking.slot where id = ?")
        .param(slot)
        .query(Integer.class)
        .single();
  }

  private List<String> messages(long person, String subject) {
    return jdbc.sql("select body from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(String.class)
        .list();
  }

  private List<String> trail(long person) {
    return jdbc.sql(
            "select action from lifeevents.trail_entry where person_id = ?"
                + " and event = 'DEATH_WITHDRAWN' and module = '婚姻登记'")
        .param(person)
        .query(String.class)
        .list();
  }
}
