package cn.minzheng.marriage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.MarriageFixtures;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSampling;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.ChinaTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class MarriageDemoDataTest {

  @Autowired Offices offices;
  @Autowired SlotGenerator generator;
  @Autowired PeakDays peakDays;
  @Autowired cn.minzheng.booking.Slots slots;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired FieldCipher cipher;
  @Autowired PersonSampling sampling;
  @Autowired PersonDirectory directory;
  @Autowired PersonCommands commands;
  @Autowired RegistryFixtures registry;

  private final LocalDate today = ChinaTime.today();

  @Test
  void createsOfficesSlotsAndSixMonthsOfConsistentHistoryOnceOnly() {
    long before = count("select coalesce(max(id), 0) from registry.person");
    long[] grooms = {
      person(30, true, MaritalStatus.UNMARRIED), person(31, true, MaritalStatus.UNMARRIED)
    };
    long[] brides = {
      person(27, false, MaritalStatus.UNMARRIED), person(29, false, MaritalStatus.UNMARRIED)
    };
    long husband = person(45, true, MaritalStatus.MARRIED);
    long wife = person(43, false, MaritalStatus.MARRIED);
    household(husband, wife);
    MarriageDemoData demo = demo(before);

    long started = System.nanoTime();
    demo.run(null);
    long millis = (System.nanoTime() - started) / 1_000_000;
    long registrations =
        count("select count(*) from marriage.registration where registered_by = 'demo'");
    long appointments = count("select count(*) from marriage.appointment where code like 'DM%'");
    demo.run(null);

    assertThat(millis).as("first run in ms").isPositive();
    assertThat(count("select count(*) from marriage.registration where registered_by = 'demo'"))
        .isEqualTo(registrations)
        .isGreaterThan(100);
    assertThat(count("select count(*) from marriage.appointment where code like 'DM%'"))
        .isEqualTo(appointments);
    assertThreeOfficesWithWeekdaySlots();
    assertAPeakDayWithPeakSlotsWithinTheBookingWindow();
    assertRegistryStatusFollowsTheRegistrations(grooms, brides, husband, wife);
    assertCertificateNumbersRunWithoutGaps();
    assertEveryAttendedMarriageAppointmentIsRegistered();
    assertThat(
            count(
                "select count(distinct date_trunc('month', registered_on)) from"
                    + " marriage.registration where registered_by = 'demo'"))
        .isGreaterThanOrEqualTo(6);
  }

  private MarriageDemoData demo(long afterPersonId) {
    return new MarriageDemoData(
        offices,
        generator,
        peakDays,
        2,
        new DemoHistory(
            template,
            generator,
            slots,
            cipher,
            sampling,
            directory,
            commands,
            5,
            5,
            afterPersonId));
  }

  private void assertRegistryStatusFollowsTheRegistrations(
      long[] grooms, long[] brides, long husband, long wife) {
    for (long p : new long[] {grooms[0], grooms[1], brides[0], brides[1]}) {
      assertThat(directory.find(p).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
      assertThat(
              count(
                  "select count(*) from marriage.registration where type = 'MARRIAGE'"
                      + " and registered_by = 'demo' and (person1_id = "
                      + p
                      + " or person2_id = "
                      + p
                      + ")"))
          .isOne();
    }
    for (long p : new long[] {husband, wife}) {
      assertThat(directory.find(p).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.DIVORCED);
    }
    // Civil Code art. 1077: certificate after the 30-day cooling-off, within the next 30 days.
    long waited =
        count(
            "select r.registered_on - a.applied_on from marriage.divorce_application a"
                + " join marriage.registration r on r.id = a.registration_id"
                + " where a.person1_id = "
                + husband);
    assertThat(waited).isBetween(31L, 60L);
  }

  private void assertCertificateNumbersRunWithoutGaps() {
    List<String> numbers =
        jdbc.sql("select certificate_no from marriage.registration where registered_by = 'demo'")
            .query(String.class)
            .list();
    assertThat(numbers).allMatch(n -> n.matches("[JL]-(JJ|QY|JJP)-\\d{4}-\\d{6}"));
    // Per office, year and type: 1..n without gaps, and the counter stands at n.
    assertThat(
            count(
                """
                select count(*) from (
                  select r.office_id, split_part(r.certificate_no, '-', 3)::int y, r.type,
                         count(*) n, max(right(r.certificate_no, 6)::int) top, min(c.last_no) last
                    from marriage.registration r
                    join marriage.office o on o.id = r.office_id and o.code in ('JJ', 'QY', 'JJP')
                    join marriage.certificate_counter c on c.office_id = r.office_id
                         and c.type = r.type and c.year = split_part(r.certificate_no, '-', 3)::int
                   group by 1, 2, 3) g
                 where n <> top or last <> top"""))
        .isZero();
  }

  private void assertEveryAttendedMarriageAppointmentIsRegistered() {
    assertThat(
            count(
                "select count(*) from marriage.appointment a where a.code like 'DM%'"
                    + " and a.status = 'COMPLETED' and a.type = 'MARRIAGE' and not exists"
                    + " (select 1 from marriage.registration r where r.appointment_id = a.id)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from booking.slot_fact s where s.owner = 'marriage.office'"
                    + " and s.booked <> (select count(*)"
                    + " from marriage.appointment a where a.slot_id = s.id"
                    + " and a.status <> 'CANCELLED')"))
        .isZero();
  }

  private void assertAPeakDayWithPeakSlotsWithinTheBookingWindow() {
    // the window the demo opened: two weeks from tomorrow
    LocalDate from = today.plusDays(1);
    LocalDate peak =
        from.datesUntil(from.plusWeeks(2))
            .filter(d -> peakDays.isPeak(d) && !offices.isHoliday(d))
            .findFirst()
            .orElseThrow();
    long jinjiang =
        offices.all().stream().filter(o -> o.code().equals("JJ")).findFirst().get().id();
    // 8:30-18:30 in 20-minute slots: 30, every one of them a peak-day slot
    assertThat(
            jdbc.sql(
                    "select count(*) filter (where peak) || '/' || count(*) from booking.slot_fact"
                        + " where owner = 'marriage.office' and owner_key = ? and day = ?")
                .params(jinjiang, peak)
                .query(String.class)
                .single())
        .isEqualTo("30/30");
  }

  private void assertThreeOfficesWithWeekdaySlots() {
    var demoOffices = offices.all().stream().filter(o -> o.code().matches("JJ|QY|JJP")).toList();
    assertThat(demoOffices).hasSize(3);
    assertThat(demoOffices).filteredOn(o -> o.kind() == OfficeKind.PARK).hasSize(1);
    LocalDate weekday = nextWeekday();
    Office jinjiang = demoOffices.stream().filter(o -> o.code().equals("JJ")).findFirst().get();
    // 9:00-12:00 and 13:30-18:30 (extended hours) in half hours: 6 + 10 slots on a weekday.
    if (!offices.isHoliday(weekday)) {
      assertThat(
              count(
                  "select count(*) from booking.slot_fact where owner = 'marriage.office' and owner_key = "
                      + jinjiang.id()
                      + " and day = date '"
                      + weekday
                      + "'"))
          .isIn(16L, 30L);
    }
  }

  private long person(int age, boolean male, MaritalStatus status) {
    String id = MarriageFixtures.idNumber(today.minusYears(age).minusDays(40), male);
    return registry.person(id, "婚登测试", RegistryTestData.COMMUNITY, status).id();
  }

  private void household(long head, long spouse) {
    long h = registry.household(RegistryTestData.COMMUNITY, "测试路8号", head, today.minusYears(10));
    registry.addMember(h, spouse, Relationship.SPOUSE, today.minusYears(10));
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private LocalDate nextWeekday() {
    LocalDate day = today.plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }
}
