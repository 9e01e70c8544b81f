package cn.minzheng.marriage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.MarriageClock;
import cn.minzheng.marriage.domain.Office;
import cn.minzheng.marriage.domain.Office.OfficeKind;
import cn.minzheng.marriage.domain.Offices;
import cn.minzheng.marriage.domain.SlotGenerator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class MarriageDemoDataTest {

  @Autowired Offices offices;
  @Autowired SlotGenerator generator;
  @Autowired JdbcClient jdbc;

  @Test
  void createsTwoDistrictOfficesAndAParkOfficeWithSlotsOnceOnly() {
    MarriageDemoData demo = new MarriageDemoData(offices, generator, 2);
    demo.run(null);
    int slots = slotCount();
    demo.run(null);

    var demoOffices = offices.all().stream().filter(o -> o.code().matches("JJ|QY|JJP")).toList();
    assertThat(demoOffices).hasSize(3);
    assertThat(demoOffices).filteredOn(o -> o.kind() == OfficeKind.PARK).hasSize(1);
    assertThat(slotCount()).isEqualTo(slots).isPositive();
    LocalDate weekday = nextWeekday();
    Office jinjiang = demoOffices.stream().filter(o -> o.code().equals("JJ")).findFirst().get();
    // 9:00-12:00 and 13:30-18:30 (extended hours) in half hours: 6 + 10 slots on a weekday.
    if (!offices.isHoliday(weekday)) {
      assertThat(
              jdbc.sql("select count(*) from marriage.slot where office_id = ? and day = ?")
                  .params(jinjiang.id(), weekday)
                  .query(Integer.class)
                  .single())
          .isIn(16, 30);
    }
  }

  private int slotCount() {
    return jdbc.sql(
            "select count(*) from marriage.slot s join marriage.office o on o.id = s.office_id"
                + " where o.code in ('JJ', 'QY', 'JJP')")
        .query(Integer.class)
        .single();
  }

  private static LocalDate nextWeekday() {
    LocalDate day = MarriageClock.today().plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }
}
