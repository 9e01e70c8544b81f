package cn.minzheng.rescue;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.intake.Admissions.Arrival;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Stations and arrivals for the rescue tests; station codes unique within a test context. */
final class RescueTestData {

  static final String JINJIANG = RegistryTestData.DISTRICT; // 510104000000
  static final String QINGYANG = "510105000000";
  static final StaffAuthentication JINJIANG_STAFF =
      RegistryTestData.auth(JINJIANG, Role.DISTRICT_APPROVER);
  static final StaffAuthentication QINGYANG_STAFF =
      RegistryTestData.auth(QINGYANG, Role.DISTRICT_APPROVER);
  static final StaffAuthentication CITY =
      RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);

  private static final AtomicInteger COUNTER =
      new AtomicInteger((int) (System.nanoTime() % 100_000));

  private RescueTestData() {}

  static long station(RescueStations stations, String region) {
    int n = COUNTER.incrementAndGet();
    String code = "T" + n;
    return RegistryTestData.as(
        CITY, () -> stations.add("测试救助站" + code, code, region, "测试路" + n + "号", "test"));
  }

  static Arrival arrival(long station, LocalDate day) {
    return new Arrival(String.valueOf(station), day.toString(), "天府广场地下通道", "POLICE");
  }

  static Arrival arrivalDaysAgo(long station, int days) {
    return arrival(station, ChinaTime.today().minusDays(days));
  }
}
