package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.counter.MarriageRegistration;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.statistics.BookingUse;
import cn.minzheng.marriage.domain.statistics.BookingUse.Figures;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Booking use per slot and per peak day: capacity, booked, attended, no-show. */
@SpringBootTest
@AutoConfigureMockMvc
class BookingUseTest {

  /** 5·20 of a year no other test uses: each test its own, as peak days sum every office. */
  private static final java.util.concurrent.atomic.AtomicInteger YEARS =
      new java.util.concurrent.atomic.AtomicInteger(2040);

  private LocalDate day;

  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired CounterService counter;
  @Autowired MarriageRegistration registration;
  @Autowired BookingUse use;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private long office;

  private static <T> T asClerkOf(String region, Supplier<T> work) {
    return RegistryTestData.as(RegistryTestData.auth(region, Role.STREET_CASEWORKER), work);
  }

  private Appointment book(long slot, String man, String woman) {
    return bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
  }

  /** Slot 1 (4 seats): registered, checked in, no-show, cancelled. Slot 2 (2 seats): unused. */
  @BeforeEach
  void aPeakDayOfOneOffice() {
    day = LocalDate.of(YEARS.incrementAndGet(), 5, 20);
    office = MarriageFixtures.office(offices, MarriageFixtures.QINGYANG);
    long busy = MarriageFixtures.slot(jdbc, office, day, 4);
    long idle = MarriageFixtures.slot(jdbc, office, day, 2);
    jdbc.sql("update booking.slot set peak = true where id in (?, ?)").params(busy, idle).update();
    String man = adult(true);
    String woman = adult(false);
    Appointment registered = book(busy, man, woman);
    Appointment checkedIn = book(busy, adult(true), adult(false));
    Appointment missed = book(busy, adult(true), adult(false));
    bookings.cancel(book(busy, adult(true), adult(false)).id());
    asClerkOf(
        MarriageFixtures.QINGYANG,
        () -> {
          registration.register(registered.id(), man, woman, day);
          counter.checkIn(checkedIn.id());
          counter.markNoShow(missed.id());
          return null;
        });
  }

  @Test
  void eachSlotShowsCapacityBookedAttendedAndNoShows() {
    var slots = asClerkOf(MarriageFixtures.QINGYANG, () -> use.slots(office, day, day));

    assertThat(slots).hasSize(2);
    assertThat(slots.get(0).figures()).isEqualTo(new Figures(4, 3, 2, 1));
    assertThat(slots.get(0).figures().percentBooked()).isEqualTo(75);
    assertThat(slots.get(0).peak()).isTrue();
    assertThat(slots.get(1).figures()).isEqualTo(new Figures(2, 0, 0, 0));
  }

  @Test
  void aPeakDaySumsItsSlotsInTheCallersScope() {
    var qingyang = asClerkOf(MarriageFixtures.QINGYANG, () -> use.peakDays(day, day));
    var jinjiang = asClerkOf(MarriageFixtures.JINJIANG, () -> use.peakDays(day, day));

    assertThat(qingyang)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("520");
              assertThat(p.offices()).isEqualTo(1);
              assertThat(p.figures()).isEqualTo(new Figures(6, 3, 2, 1));
            });
    assertThat(jinjiang).isEmpty();
  }

  @Test
  void theSlotsOfAnOfficeOutsideTheScopeAreNotFound() {
    assertThatThrownBy(
            () -> asClerkOf(MarriageFixtures.JINJIANG, () -> use.slots(office, day, day)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void theSlotUseIsExportedAsExcel() throws Exception {
    byte[] file =
        mvc.perform(
                get("/marriage/statistics/slots.xlsx")
                    .param("office", "" + office)
                    .param("from", day.toString())
                    .param("to", day.toString())
                    .with(
                        authentication(
                            RegistryTestData.auth(
                                MarriageFixtures.QINGYANG, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      var first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(day + "");
      assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(4);
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(3);
      assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(2);
      assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(1);
    }
  }

  @Test
  void theStatisticsPageShowsThePeakDayAndTheSlots() throws Exception {
    String page =
        mvc.perform(
                get("/marriage/statistics")
                    .param("office", "" + office)
                    .param("from", day.toString())
                    .param("to", day.toString())
                    .with(
                        authentication(
                            RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("stats-slots").contains("75%");
  }
}
