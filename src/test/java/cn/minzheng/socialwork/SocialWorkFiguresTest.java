package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.care.CareServices;
import cn.minzheng.socialwork.care.CareServices.ServiceForm;
import cn.minzheng.socialwork.governance.Conventions;
import cn.minzheng.socialwork.governance.Conventions.ConventionForm;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.SocialWorkers.WorkerForm;
import cn.minzheng.socialwork.workforce.Stations;
import cn.minzheng.socialwork.workforce.Stations.StationForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit rows SOCIAL_WORKERS, SOCIAL_WORK_CARE and VILLAGE_CONVENTIONS count live data: people
 * served once each however many services, services as person-times, workers and conventions as of
 * the period's last day.
 */
@SpringBootTest
class SocialWorkFiguresTest {

  static final StaffAuthentication STREET_WORKER =
      auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);

  @Autowired List<Figure> figures;
  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired RegistryFixtures registry;
  @Autowired Stations stations;
  @Autowired SocialWorkers workers;
  @Autowired CareServices services;
  @Autowired Conventions conventions;

  @Test
  void theBriefRowsOfTheModuleCountLiveData() {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, RegistryTestData.STREET);
    LocalDate today = ChinaTime.today();
    Person a = registry.person("服务对象甲", community);
    Person b = registry.person("服务对象乙", community);
    Person socialWorker = registry.person("社工甲", community);
    RegistryTestData.as(
        STREET_WORKER,
        () -> {
          long stationId =
              stations.open(new StationForm(community, "社工室", "2024-01-01", ""), c -> true, "t");
          long worker =
              workers.register(
                  new WorkerForm(
                      socialWorker.idNumber(),
                      "SENIOR",
                      SocialWorkTestData.certificateNumber(),
                      "2012",
                      "",
                      community),
                  c -> true,
                  "t");
          var station = stations.find(stationId).orElseThrow();
          for (Person p : List.of(a, a, b)) {
            services.record(
                station,
                new ServiceForm(
                    p.idNumber(), "" + worker, "COUNSELLING", today.toString(), "30", "疏导", false),
                UUID.randomUUID(),
                c -> true,
                "t");
          }
          conventions.adopt(
              new ConventionForm(community, "居民公约", "全文", today.toString(), "居民会议"),
              c -> true,
              "t");
          return null;
        });

    Period period = new Period(today.withDayOfMonth(1), today);
    RegionFilter only = RegionFilter.of(Set.of(community));
    assertThat(value("social-work-care-people", period, only)).isEqualTo(2);
    assertThat(value("social-work-care-services", period, only)).isEqualTo(3);
    assertThat(value("social-workers", period, only)).isEqualTo(1);
    assertThat(value("conventions", period, only)).isEqualTo(1);
    Period before = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    assertThat(value("social-work-care-people", before, only)).isZero();
    assertThat(value("conventions", before, only)).isZero();
    assertThat(figure("conventions").spec().briefRow()).isEqualTo(BriefRow.VILLAGE_CONVENTIONS);
    assertThat(
            figure("social-work-care-people")
                .records(period, only, cn.minzheng.platform.PageQuery.first("x"))
                .total())
        .isEqualTo(2);
  }

  private long value(String code, Period period, RegionFilter regions) {
    return figure(code).values(period, regions).values().stream()
        .map(RegionValue::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .longValueExact();
  }

  private Figure figure(String code) {
    return figures.stream().filter(f -> f.spec().code().equals(code)).findFirst().orElseThrow();
  }
}
