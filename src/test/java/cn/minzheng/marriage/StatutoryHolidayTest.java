package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/** Registration offices follow the city's working calendar (platform 工作日历) on public holidays. */
@SpringBootTest
@EnableScenarios
@AutoConfigureMockMvc
class StatutoryHolidayTest {

  @Autowired Offices offices;
  @Autowired SlotGenerator generator;
  @Autowired BookingService bookings;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void noSlotsAreGeneratedOnTheNationalDayHolidayOf2026() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    for (DayOfWeek dow : new DayOfWeek[] {DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
      offices.addTemplate(
          office, SlotTemplate.regular(dow, LocalTime.of(9, 0), LocalTime.of(9, 30), 4));
    }

    generator.generate(LocalDate.of(2026, 9, 28), 3);

    // Thursday 10-01 and Friday 10-02 are 国庆节; Thursday 10-08 and Friday 10-09 are open
    assertThat(slotsOf(office, LocalDate.of(2026, 10, 1))).isZero();
    assertThat(slotsOf(office, LocalDate.of(2026, 10, 2))).isZero();
    assertThat(slotsOf(office, LocalDate.of(2026, 10, 8))).isOne();
    assertThat(slotsOf(office, LocalDate.of(2026, 10, 9))).isOne();
    assertThat(slotsOf(office, LocalDate.of(2026, 10, 15))).isOne();
  }

  @Test
  void aHolidayDeclaredLaterInTheCityCalendarCancelsTheBookingsOfThatDay(Scenario scenario) {
    LocalDate day = LocalDate.of(2037, 9, 17);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    Appointment booked =
        bookings.book(
            new BookingRequest(
                MarriageFixtures.slot(jdbc, office, day, 2),
                AppointmentType.MARRIAGE,
                adult(true),
                adult(false),
                null));

    scenario
        .stimulate(() -> declareHoliday(day))
        .andWaitForStateChange(
            () -> bookings.find(booked.id()).status() == AppointmentStatus.CANCELLED)
        .andVerify(cancelled -> assertThat(cancelled).isTrue());
    assertThat(offices.isHoliday(day)).isTrue();
  }

  /** The city administrator lists the day as a holiday on the calendar page. */
  private void declareHoliday(LocalDate day) {
    try {
      mvc.perform(
              post("/admin/calendar")
                  .param("day", day.toString())
                  .param("name", "测试补休")
                  .param("working", "false")
                  .with(
                      authentication(
                          StaffAuthentication.of(
                              new StaffUser(
                                  9_301,
                                  "cal_city",
                                  "市管理员",
                                  "510100000000",
                                  Set.of(Role.CITY_ADMIN)))))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int slotsOf(long office, LocalDate day) {
    return jdbc.sql(
            "select count(*) from booking.slot_fact where owner = 'marriage.office' and owner_key = ? and day = ?")
        .params(office, day)
        .query(Integer.class)
        .single();
  }
}
