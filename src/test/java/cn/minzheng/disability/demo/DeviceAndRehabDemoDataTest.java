package cn.minzheng.disability.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The device and rehab demo runner run by hand, twice: points and stations per district, units,
 * rentals (open ones one per unit and their units marked rented, returned ones settled), reserved
 * rentals at the demo street's point, rehab enrolments of persons with a mental disability rating
 * with their services; the second run adds nothing.
 */
@SpringBootTest
class DeviceAndRehabDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionHierarchy regions;
  @Autowired RegistryFixtures registry;

  @Test
  void createsTheCatalogueRentalsAndRehabOnce() {
    for (int i = 0; i < 4; i++) {
      registry.disabledPerson(
          "演示康复" + i,
          RegistryTestData.COMMUNITY,
          DisabilityCategory.MENTAL,
          2,
          LocalDate.of(2019, 1, 1));
    }
    registry.disabledPerson(
        "演示租用",
        RegistryTestData.SIBLING_DISTRICT_COMMUNITY,
        DisabilityCategory.PHYSICAL,
        1,
        LocalDate.of(2019, 1, 1));
    DeviceAndRehabDemoData demo = new DeviceAndRehabDemoData(jdbc, regions);
    demo.run(null);
    long rentals = count("select count(*) from disability.rental where ordered_by = 'demo'");
    long services = count("select count(*) from disability.rehab_service");
    demo.run(null);

    assertThat(rentals).isPositive();
    assertThat(count("select count(*) from disability.rental where ordered_by = 'demo'"))
        .isEqualTo(rentals);
    assertThat(count("select count(*) from disability.rehab_service")).isEqualTo(services);
    assertThat(
            count(
                "select count(*) from disability.service_point where region_code = '510104001000'"
                    + " and name like '%辅具租赁服务点'"))
        .isOne();
    assertThat(
            count(
                "select count(*) from disability.rental r join disability.device_unit u"
                    + " on u.id = r.unit_id where r.ordered_by = 'demo'"
                    + " and r.status in ('OUT', 'RESERVED') and u.status <> 'RENTED'"))
        .as("every open demo rental holds its unit")
        .isZero();
    assertThat(
            count(
                "select count(*) from disability.rental where ordered_by = 'demo'"
                    + " and status = 'RETURNED' and (deposit_refund is null or returned_on <= handed_out_on"
                    + " or deposit_refund <> deposit - (rent - subsidy))"))
        .as("returned demo rentals are settled by the rule")
        .isZero();
    assertThat(
            count(
                "select count(*) from disability.rehab_enrolment e join disability.rehab_station s"
                    + " on s.id = e.station_id where e.enrolled_by = 'demo'"
                    + " and substr(s.region_code, 1, 6) = '510104'"))
        .isGreaterThanOrEqualTo(4);
    assertThat(services).isPositive().isLessThanOrEqualTo(DeviceAndRehabDemoData.SERVICES);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
