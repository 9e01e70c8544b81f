package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.SocialWorkers.WorkerForm;
import cn.minzheng.socialwork.workforce.Stations;
import cn.minzheng.socialwork.workforce.Stations.StationForm;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 社工关爱行动: a social worker's visit that fulfils the person's visiting-care task (monitoring) is one
 * visit, counted once by both modules; people served per station and month count each person once;
 * a station of another street is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CareActionTest {

  static final String STREET = RegistryTestData.STREET;
  static final StaffAuthentication STREET_WORKER = auth(STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication OTHER_STREET_WORKER =
      auth("510104002000", Role.STREET_CASEWORKER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired RegionQuery regions;
  @Autowired SocialWorkers workers;
  @Autowired Stations stations;
  @Autowired LowIncomeRegister register;
  @Autowired VisitRecords visits;

  @Test
  void aVisitThatFulfilsTheVisitingCarePlanIsOneVisitCountedOnceByBoth() throws Exception {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, STREET);
    long station = station(community);
    long worker = worker(community);
    Person person = registry.person("关爱对象甲", community);
    register.include(
        new Inclusion(
            person.id(),
            null,
            community,
            RegisterCategory.TEKUN,
            "MANUAL",
            "测试",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");
    visits.generateTasks(RegionFilter.of(Set.of(community)));
    long task = openTask(person.id());
    UUID token = UUID.randomUUID();

    // the same form sent twice (a double click) records one service and one visit
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              service(station, person, worker, "VISIT", true).param("formToken", token.toString()))
          .andExpect(status().is3xxRedirection());
    }

    long visitId =
        jdbc.sql("select id from monitoring.visit where person_id = ?")
            .param(person.id())
            .query(Long.class)
            .single(); // exactly one visit in monitoring
    assertThat(
            jdbc.sql("select state from monitoring.visit_task where id = ?")
                .param(task)
                .query(String.class)
                .single())
        .isEqualTo("DONE");
    assertThat(
            jdbc.sql(
                    "select monitoring_visit_id from socialwork.service_record where person_id = ?")
                .param(person.id())
                .query(Long.class)
                .list())
        .containsExactly(visitId);
    // monitoring's monthly visit count and the station's month each see it once
    String month = YearMonth.from(ChinaTime.today()).toString();
    assertThat(visitsOfMonth(community, month)).isEqualTo(1);
    mvc.perform(get("/socialwork/stations/" + station).with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已计入巡访")));
    mvc.perform(get("/api/v1/socialwork/stations/" + station).with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.months[0].month").value(month))
        .andExpect(jsonPath("$.months[0].people").value(1))
        .andExpect(jsonPath("$.months[0].services").value(1));

    // a further service the same month is a second service of the same person, not a visit
    mvc.perform(service(station, person, worker, "COUNSELLING", false))
        .andExpect(status().is3xxRedirection());
    assertThat(visitsOfMonth(community, month)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    """
                    select count(distinct person_id) || '/' || count(*)
                      from socialwork.service_record where station_id = ?""")
                .param(station)
                .query(String.class)
                .single())
        .isEqualTo("1/2");
  }

  @Test
  void fulfillingWithoutAnOpenTaskIsRefusedNamingTheField() throws Exception {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, STREET);
    long station = station(community);
    long worker = worker(community);
    Person person = registry.person("关爱对象乙", community);

    mvc.perform(service(station, person, worker, "VISIT", true))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("此人没有待完成的巡访任务")));
    assertThat(servicesOf(person.id())).isZero();
  }

  @Test
  void onlyAVisitFulfilsTheTask() throws Exception {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, STREET);
    long station = station(community);
    long worker = worker(community);
    Person person = registry.person("关爱对象丙", community);
    register.include(
        new Inclusion(
            person.id(),
            null,
            community,
            RegisterCategory.DIBAO,
            "MANUAL",
            "测试",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");
    visits.generateTasks(RegionFilter.of(Set.of(community)));

    mvc.perform(service(station, person, worker, "COUNSELLING", true))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("只有“走访探视”能完成巡访任务")));
    assertThat(servicesOf(person.id())).isZero();
    openTask(person.id());
  }

  @Test
  void aStationOfAnotherStreetIsNotFoundOnPageAndApi() throws Exception {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, STREET);
    long station = station(community);
    long worker = worker(community);
    Person person = registry.person("关爱对象丁", community);

    mvc.perform(get("/socialwork/stations/" + station).with(authentication(OTHER_STREET_WORKER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/socialwork/stations/" + station).with(authentication(OTHER_STREET_WORKER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            service(station, person, worker, "VISIT", false)
                .with(authentication(OTHER_STREET_WORKER)))
        .andExpect(status().isNotFound());
    assertThat(servicesOf(person.id())).isZero();
    mvc.perform(get("/api/v1/socialwork/stations/" + station).with(authentication(STREET_WORKER)))
        .andExpect(status().isOk());
  }

  private MockHttpServletRequestBuilder service(
      long station, Person person, long worker, String type, boolean fulfils) {
    return post("/socialwork/stations/" + station + "/services")
        .param("idNumber", person.idNumber())
        .param("workerId", "" + worker)
        .param("serviceType", type)
        .param("servedOn", ChinaTime.today().toString())
        .param("minutes", "45")
        .param("content", "上门了解生活情况")
        .param("fulfilsVisit", "" + fulfils)
        .with(authentication(STREET_WORKER))
        .with(csrf());
  }

  private long station(String community) {
    return RegistryTestData.as(
        STREET_WORKER,
        () ->
            stations.open(
                new StationForm(community, "测试社工室" + community, "2024-01-02", ""),
                code -> true,
                "test"));
  }

  private long worker(String community) {
    Person person = registry.person("测试社工", community);
    return RegistryTestData.as(
        STREET_WORKER,
        () ->
            workers.register(
                new WorkerForm(
                    person.idNumber(),
                    "INTERMEDIATE",
                    SocialWorkTestData.certificateNumber(),
                    "2019",
                    "",
                    community),
                code -> true,
                "test"));
  }

  private long openTask(long personId) {
    return jdbc.sql("select id from monitoring.visit_task where person_id = ? and state = 'OPEN'")
        .param(personId)
        .query(Long.class)
        .single();
  }

  private long visitsOfMonth(String community, String month) {
    return visits.countsByMonth(RegionFilter.of(Set.of(community))).stream()
        .filter(m -> m.month().equals(month))
        .mapToLong(VisitRecords.MonthCount::count)
        .sum();
  }

  private long servicesOf(long personId) {
    return jdbc.sql("select count(*) from socialwork.service_record where person_id = ?")
        .param(personId)
        .query(Long.class)
        .single();
  }
}
