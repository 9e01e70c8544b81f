package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.arrival;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.stations.RescueStations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The cockpit's row 流浪乞讨人员救助 (no longer 尚未接入) counts intakes as person-times by the day of
 * admission, in the region of the station.
 */
@SpringBootTest
class RescueFiguresTest {

  @Autowired RescueStations stations;
  @Autowired Admissions admissions;
  @Autowired List<Figure> figures;

  @Autowired
  @Qualifier("rescuePersonTimesFigure")
  Figure personTimes;

  @Test
  void intakesCountAsPersonTimesOnTheDayOfAdmissionInTheStationsDistrict() {
    String pidu = "510117000000";
    long station = RescueTestData.station(stations, pidu);
    Period june = new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));
    RegionFilter district = RegionFilter.of(Set.of(pidu));
    BigDecimal before = total(june, district);
    admit(station, LocalDate.of(2024, 5, 31)); // the day before: not in June
    admit(station, LocalDate.of(2024, 6, 1));
    admit(station, LocalDate.of(2024, 6, 30));
    admit(station, LocalDate.of(2024, 7, 1)); // the day after

    assertThat(total(june, district).subtract(before)).isEqualByComparingTo("2");
    assertThat(total(june, RegionFilter.of(Set.of("510106000000")))).isEqualByComparingTo("0");
    var records = personTimes.records(june, district, PageQuery.first("happened"));
    assertThat(records.items())
        .filteredOn(r -> r.name().startsWith("身份不明（LS-" + code(station)))
        .extracting(r -> r.when() + " " + r.detail())
        .containsExactly("2024-06-01 在站", "2024-06-30 在站");
    assertThat(figures)
        .filteredOn(f -> f.spec().briefRow() == BriefRow.VAGRANT_RESCUE)
        .singleElement()
        .satisfies(f -> assertThat(f.spec().module()).isEqualTo("救助管理"));
  }

  private String code(long station) {
    return stations.find(station).orElseThrow().shortCode();
  }

  private BigDecimal total(Period period, RegionFilter filter) {
    return personTimes.values(period, filter).values().stream()
        .map(RegionValue::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void admit(long station, LocalDate day) {
    as(
        CITY,
        () ->
            admissions.admitUnidentified(
                new Description("男，约50岁", "MALE", "50", null),
                arrival(station, day),
                code -> true,
                "t"));
  }
}
