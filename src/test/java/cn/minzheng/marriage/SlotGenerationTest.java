package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SlotGenerationTest {

  @Autowired Offices offices;
  @Autowired SlotGenerator generator;
  @Autowired PeakDays peakDays;
  @Autowired JdbcClient jdbc;

  /** Weekdays 9-12 (2 slots), extended hours 17-19 on weekdays, Saturday 9-12; Sunday closed. */
  private long officeWithWeek() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getValue() <= 6) {
        offices.addTemplate(office, SlotTemplate.regular(d, time(9), time(10, 30), 10));
        offices.addTemplate(office, SlotTemplate.regular(d, time(10, 30), time(12), 10));
      }
      if (d.getValue() <= 5) {
        offices.addTemplate(office, SlotTemplate.regular(d, time(17), time(19), 5));
      }
    }
    return office;
  }

  @Test
  void generatesTheWeekFromTemplatesAndRerunningAddsNothing() {
    long office = officeWithWeek();
    LocalDate monday = LocalDate.of(2031, 3, 3);
    assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    generator.generate(monday, 2);
    // per week: 5 weekdays x 3 slots + Saturday 2 slots = 17
    assertThat(slotCount(office, monday, monday.plusDays(13))).isEqualTo(34);
    assertThat(slotCount(office, monday.plusDays(6), monday.plusDays(6))).isZero();

    int createdAgain = generator.generate(monday, 2);

    assertThat(slotCount(office, monday, monday.plusDays(13))).isEqualTo(34);
    assertThat(createdAgain).isZero();
  }

  @Test
  void holidaysGetNoSlots() {
    long office = officeWithWeek();
    LocalDate holiday = LocalDate.of(2031, 10, 1);
    offices.addHoliday(holiday, "国庆节");
    generator.generate(holiday, 1);
    assertThat(slotCount(office, holiday, holiday)).isZero();
    assertThat(slotCount(office, holiday.plusDays(1), holiday.plusDays(1))).isEqualTo(3);
  }

  @Test
  void peakDayUsesThePeakTemplateOnQixi() {
    long office = officeWithWeek();
    for (int i = 0; i < 8; i++) {
      LocalTime start = time(8).plusMinutes(30L * i);
      offices.addTemplate(office, SlotTemplate.peak(start, start.plusMinutes(30), 20));
    }
    LocalDate qixi = LocalDate.of(2026, 8, 19);
    assertThat(PeakDays.qixi(2026)).isEqualTo(qixi);
    generator.generate(qixi, 1);
    assertThat(slotCount(office, qixi, qixi)).isEqualTo(8);
    assertThat(
            jdbc.sql(
                    "select bool_and(peak) from booking.slot_fact where owner = 'marriage.office' and owner_key = ? and day = ?")
                .params(office, qixi)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void anAdministratorMarkedDayIsAPeakDay() {
    LocalDate day = LocalDate.of(2031, 9, 9);
    assertThat(peakDays.isPeak(day)).isFalse();
    peakDays.mark(day, "久久");
    assertThat(peakDays.nameOf(day)).contains("久久");
  }

  private int slotCount(long office, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select count(*) from booking.slot_fact where owner = 'marriage.office' and owner_key = ? and day between ? and ?")
        .params(office, from, to)
        .query(Integer.class)
        .single();
  }

  private static LocalTime time(int h) {
    return LocalTime.of(h, 0);
  }

  private static LocalTime time(int h, int m) {
    return LocalTime.of(h, m);
  }
}
