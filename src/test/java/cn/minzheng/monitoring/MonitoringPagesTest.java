package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.monitoring.MonitoringTestData.importLines;
import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MonitoringPagesTest {

  static final String SIBLING_STREET = "510104002000";

  @Autowired MockMvc mvc;
  @Autowired FeedImports imports;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;
  @Autowired VisitRecords visits;
  @Autowired ServiceAccounts serviceAccounts;
  @Autowired JdbcClient jdbc;
  @Autowired cn.minzheng.monitoring.warnings.WarningEscalation escalation;

  private long warningFor(Person r) {
    return jdbc.sql("select id from monitoring.warning where person_id = ?")
        .param(r.id())
        .query(Long.class)
        .single();
  }

  private Person registerPersonWithVehicle() throws Exception {
    Person r = registry.person("孙七", COMMUNITY);
    long hh = registry.household(COMMUNITY, r);
    register.include(
        new Inclusion(
            r.id(),
            hh,
            COMMUNITY,
            RegisterCategory.TEKUN,
            "MANUAL",
            "测试",
            null,
            LocalDate.of(2025, 1, 1)),
        "test");
    importLines(imports, FeedType.VEHICLE, r.idNumber() + ",2025-05-05,70000,川A55555");
    return r;
  }

  @Test
  void anAdministratorUploadsAFeedFileAndSeesTheResult() throws Exception {
    Person r = registry.person("周八", COMMUNITY);
    byte[] csv =
        ("身份证号,日期,金额,说明\n" + r.idNumber() + ",2025-01-01,100000,成都某公司\n")
            .getBytes(StandardCharsets.UTF_8);
    String page =
        mvc.perform(
                multipart("/monitoring/feeds/upload")
                    .file(new MockMultipartFile("file", "business.csv", "text/csv", csv))
                    .param("type", "business")
                    .with(csrf())
                    .with(authentication(auth(CITY, Role.CITY_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // the page answers at once with the run's progress bar; the import runs on
    var bar = java.util.regex.Pattern.compile("id=\"job-run-(\\d+)\"").matcher(page);
    assertThat(bar.find()).isTrue();
    long run = Long.parseLong(bar.group(1));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .until(
            () ->
                !"RUNNING"
                    .equals(
                        jdbc.sql("select state from platform.job_run where id = ?")
                            .param(run)
                            .query(String.class)
                            .single()));
    String outcome =
        mvc.perform(
                get("/jobs/" + run + "/progress").with(authentication(auth(CITY, Role.CITY_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(outcome)
        .contains("导入完成")
        .contains("共 1 行，匹配 1 人次")
        .contains("/monitoring/feeds/batches/");
  }

  @Test
  void aFileInNeitherUtf8NorGbkIsRefusedNamingBothAndNothingIsStored() throws Exception {
    byte[] neither = {'a', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, '\n', 'b', '\n'};
    long before = jdbc.sql("select count(*) from monitoring.feed_batch").query(Long.class).single();
    mvc.perform(
            multipart("/monitoring/feeds/upload")
                .file(new MockMultipartFile("file", "garbled.csv", "text/csv", neither))
                .param("type", "business")
                .with(csrf())
                .with(authentication(auth(CITY, Role.CITY_ADMIN))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("CSV文件须为UTF-8或GBK编码")));
    assertThat(jdbc.sql("select count(*) from monitoring.feed_batch").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aStreetCaseworkerOfAnotherStreetGetsNotFoundForAWarningOnPageAndApi() throws Exception {
    long id = warningFor(registerPersonWithVehicle());

    mvc.perform(
            get("/monitoring/warnings/" + id)
                .with(authentication(auth(SIBLING_STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/monitoring/warnings/" + id)
                .with(authentication(auth(SIBLING_STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/monitoring/warnings/" + id)
                .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.evidence[0].detail").value("川A55555"));
  }

  @Test
  void theCaseworkerRecordsAVisitAndClosesTheWarning() throws Exception {
    Person r = registerPersonWithVehicle();
    long id = warningFor(r);
    var caseworker = authentication(auth(STREET, Role.STREET_CASEWORKER));

    mvc.perform(post("/monitoring/warnings/" + id + "/close").with(csrf()).with(caseworker))
        .andExpect(status().is3xxRedirection());
    assertThat(state(id)).isEqualTo("NEW");

    mvc.perform(
            post("/monitoring/warnings/" + id + "/visit")
                .param("findings", "车辆为亲属借名登记，已核实")
                .with(csrf())
                .with(caseworker))
        .andExpect(status().is3xxRedirection());
    assertThat(state(id)).isEqualTo("HANDLED");
    mvc.perform(post("/monitoring/warnings/" + id + "/close").with(csrf()).with(caseworker))
        .andExpect(status().is3xxRedirection());

    assertThat(state(id)).isEqualTo("CLOSED");
    assertThat(
            jdbc.sql("select count(*) from monitoring.visit where warning_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void overdueWarningsEscalateToTheDistrict() throws Exception {
    long id = warningFor(registerPersonWithVehicle());
    jdbc.sql("update monitoring.warning set deadline = deadline - 100 where id = ?")
        .param(id)
        .update();

    escalation.escalateOverdue();

    assertThat(
            jdbc.sql("select assignee_region_code from monitoring.warning where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("510104000000");
  }

  @Test
  void warningStatisticsCountTheWarningsRaisedInTheChosenMonthsByBeijingTime() throws Exception {
    long id = warningFor(registerPersonWithVehicle());
    // raised at 00:30 on 1 May in Beijing, still 30 April in UTC: a May warning; 2003 is a year
    // no other test uses
    jdbc.sql(
            "update monitoring.warning set raised_at = timestamptz '2003-05-01 00:30+08'"
                + " where id = ?")
        .param(id)
        .update();
    var caseworker = authentication(auth(STREET, Role.STREET_CASEWORKER));
    String april = statisticsTable("2003-04", "2003-04", caseworker);
    String may = statisticsTable("2003-05", "2003-05", caseworker);
    String spring = statisticsTable("2003-03", "2003-05", caseworker);

    assertThat(may).contains("<td class=\"text-end\">1</td>");
    assertThat(spring).contains("<td class=\"text-end\">1</td>");
    assertThat(april).doesNotContain("<td");
  }

  private String statisticsTable(
      String from, String to, org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    String page =
        mvc.perform(
                get("/monitoring/warnings/statistics")
                    .param("from", from)
                    .param("to", to)
                    .with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int start = page.indexOf("data-testid=\"stats-by-rule\"");
    return page.substring(start, page.indexOf("</table>", start));
  }

  @Test
  void everyMonitoringPageRendersForTheCaseworker() throws Exception {
    registerPersonWithVehicle();
    visits.generateTasks(cn.minzheng.platform.RegionFilter.of(java.util.Set.of(COMMUNITY)));
    var caseworker = authentication(auth(STREET, Role.STREET_CASEWORKER));
    for (String page :
        List.of(
            "/monitoring/warnings",
            "/monitoring/warnings/statistics",
            "/monitoring/warnings/map",
            "/monitoring/warnings/map.json",
            "/monitoring/warnings/export.csv",
            "/monitoring/register",
            "/monitoring/verifications",
            "/monitoring/visits")) {
      mvc.perform(get(page).with(caseworker)).andExpect(status().isOk());
    }
    mvc.perform(get("/monitoring/feeds").with(caseworker)).andExpect(status().isForbidden());
  }

  @Test
  void aDepartmentDeliversABatchOnceUnderItsIdempotencyKey() throws Exception {
    Person r = registry.person("吴九", COMMUNITY);
    var token =
        serviceAccounts
            .create(
                "医保系统-" + UUID.randomUUID(),
                "成都市医疗保障局",
                Set.of(FeedType.MEDICAL_BILL.scope()),
                "test")
            .token();
    String body =
        "{\"records\":[{\"idNumber\":\""
            + r.idNumber()
            + "\",\"date\":\"2025-06-01\",\"amount\":32000,\"detail\":\"华西医院\"},"
            + "{\"idNumber\":\"11010519491231002Y\",\"date\":\"2025-06-01\",\"amount\":1}]}";
    String key = UUID.randomUUID().toString();

    mvc.perform(
            post("/api/v1/monitoring/feeds/medical-bill/batches")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.matched").value(1))
        .andExpect(jsonPath("$.errors[0].line").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("身份证号"));
    mvc.perform(
            post("/api/v1/monitoring/feeds/medical-bill/batches")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.repeated").value(true));
    mvc.perform(
            post("/api/v1/monitoring/feeds/vehicle/batches")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());

    assertThat(
            jdbc.sql("select count(*) from monitoring.fact where person_id = ?")
                .param(r.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theExportHoldsOnlyTheCallersWarnings() throws Exception {
    long id = warningFor(registerPersonWithVehicle());
    String mine =
        mvc.perform(
                get("/monitoring/warnings/export.csv")
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String theirs =
        mvc.perform(
                get("/monitoring/warnings/export.csv")
                    .with(authentication(auth(SIBLING_STREET, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(mine).contains("\n" + id + ",");
    assertThat(theirs).doesNotContain("\n" + id + ",");
  }

  @Test
  void aStandaloneVerificationNeedsTheAuthorisationAndItsReportStaysInScope() throws Exception {
    Person r = registry.person("陈十一", COMMUNITY);
    registry.household(COMMUNITY, r);
    var caseworker = authentication(auth(STREET, Role.STREET_CASEWORKER));

    mvc.perform(
            post("/monitoring/verifications")
                .param("idNumber", r.idNumber())
                .param("consentRef", "")
                .with(csrf())
                .with(caseworker))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("授权书")));
    String location =
        mvc.perform(
                post("/monitoring/verifications")
                    .param("idNumber", r.idNumber())
                    .param("consentRef", "授权-" + UUID.randomUUID())
                    .with(csrf())
                    .with(caseworker))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(get(location).with(caseworker))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("家庭经济状况核对报告")));
    mvc.perform(get(location).with(authentication(auth(SIBLING_STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
  }

  private String state(long id) {
    return jdbc.sql("select state from monitoring.warning where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
