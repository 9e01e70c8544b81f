package cn.minzheng.elderly;

import static cn.minzheng.elderly.ElderlyTestData.idNumberBornOn;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Staff pages of home services, modification and statistics: roles and the street's scope. */
@SpringBootTest
@AutoConfigureMockMvc
class ElderlyPagesTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;
  @Autowired cn.minzheng.elderly.homeservice.HomeServiceProviders providers;
  @Autowired cn.minzheng.elderly.homeservice.HomeServiceOrders orders;

  @Test
  void aStreetWorkerEnrolsOnlyEldersOfTheirStreetForHomeServices() throws Exception {
    String inside = idNumberBornOn(LocalDate.of(1944, 7, 7));
    String outside = idNumberBornOn(LocalDate.of(1944, 7, 8));
    long insideId = create(inside, RegistryTestData.COMMUNITY);
    long outsideId = create(outside, RegistryTestData.SIBLING_STREET_COMMUNITY);
    var worker = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);

    enrol(worker, inside).andExpect(content().string(Matchers.containsString("已纳入服务对象")));
    enrol(worker, outside).andExpect(content().string(Matchers.containsString("本辖区内未找到该人员")));

    assertThat(enrolled(insideId)).isTrue();
    assertThat(enrolled(outsideId)).isFalse();
  }

  @Test
  void onlyACityAdministratorChangesTheEligibleGroupsAndAnInactiveGroupTakesNoOne()
      throws Exception {
    var admin = auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    mvc.perform(
            post("/elderly/home-services/group")
                .param("group", "LOW_INCOME")
                .param("contact", "off")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    toggle(admin, "off");
    try {
      String elder = idNumberBornOn(LocalDate.of(1944, 10, 10));
      create(elder, RegistryTestData.COMMUNITY);
      mvc.perform(
              post("/elderly/home-services/enrol")
                  .param("idNumber", elder)
                  .param("group", "LOW_INCOME")
                  .with(authentication(admin))
                  .with(csrf()))
          .andExpect(content().string(Matchers.containsString("不在当前可享受的类别中")));
    } finally {
      toggle(admin, "on");
    }
  }

  private void toggle(cn.minzheng.platform.StaffAuthentication admin, String onOff)
      throws Exception {
    mvc.perform(
            post("/elderly/home-services/group")
                .param("group", "LOW_INCOME")
                .param("contact", onOff)
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().isOk());
  }

  @Test
  void aStreetWorkerCannotActOnAModificationCaseOfAnotherStreet() throws Exception {
    String outside = idNumberBornOn(LocalDate.of(1944, 9, 9));
    create(outside, RegistryTestData.SIBLING_STREET_COMMUNITY);
    mvc.perform(
            post("/elderly/modification/apply")
                .param("idNumber", outside)
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN)))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("已受理申请")));
    long caseId =
        jdbc.sql("select max(id) from elderly.modification_case").query(Long.class).single();

    mvc.perform(
            post("/elderly/modification/step")
                .param("caseId", "" + caseId)
                .param("to", "PLANNED")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isNotFound());
    // refusing the subsidy is not the street's step at all: refused before the case is read
    mvc.perform(
            post("/elderly/modification/step")
                .param("caseId", "" + caseId)
                .param("to", "REJECTED")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void statisticsPagesAreForStaffAndTheMapAnswersJsonWithoutSigningIn() throws Exception {
    mvc.perform(
            get("/elderly/statistics")
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("每千名户籍老年人床位数")));
    mvc.perform(
            get("/elderly/statistics")
                .with(authentication(auth(RegistryTestData.CITY, Role.AUDITOR))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/public/elderly/facilities").param("lat", "30.6553").param("lon", "104.0804"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("\"radius\":1000")));
    mvc.perform(get("/public/elderly/map").param("address", "春熙路"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("elderly-map.js")));
  }

  @Test
  void theAllowanceStatisticsArePivotedByDistrictAndAgeBandForTheChosenMonths() throws Exception {
    long base =
        java.util.concurrent.ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
    Object[][] paid = {
      {base, "2004-02-01", "80-89周岁", "100.00", RegistryTestData.COMMUNITY},
      {base + 1, "2004-02-01", "90-99周岁", "300.00", RegistryTestData.SIBLING_STREET_COMMUNITY},
      {base + 2, "2004-02-01", "80-89周岁", "50.00", RegistryTestData.SIBLING_DISTRICT_COMMUNITY},
      // a month outside the period chosen
      {base, "2004-03-01", "80-89周岁", "7.00", RegistryTestData.COMMUNITY}
    };
    for (Object[] p : paid) {
      jdbc.sql(
              "insert into elderly.allowance_payment (person_id, month, band_label, amount,"
                  + " region_code) values (?, cast(? as date), ?, cast(? as numeric), ?)")
          .params(p)
          .update();
    }
    String page =
        mvc.perform(
                get("/elderly/statistics")
                    .param("from", "2004-02")
                    .param("to", "2004-02")
                    .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int start = page.indexOf("data-testid=\"pivot-allowance\"");
    assertThat(start).isPositive();
    String pivot = page.substring(start, page.indexOf("</table>", start));
    // the district's two streets in one row: 100.00 (80-89) + 300.00 (90-99) = 400.00; the
    // other district and the month after are not counted
    assertThat(pivot)
        .contains(">80-89周岁<", ">90-99周岁<", ">100.00<", ">300.00<", ">400.00<")
        .doesNotContain(">50.00<", ">7.00<", ">107.00<");
    assertThat(page).contains("data-testid=\"period-filter\"");
  }

  @Test
  void theApiRefusesTheRolesThatReadNoPersonalDataAsThePagesDo() throws Exception {
    long institution =
        jdbc.sql(
                "insert into elderly.institution (name, credit_code, address, region_code,"
                    + " legal_representative, premises, contact_phone, total_beds, pledge_signed,"
                    + " admitted_on, submitted_on, late, created_by) values ('角色测试院', ?,"
                    + " '锦江区', '510104001001', '王五', 'OWNED', '028', 10, true, current_date,"
                    + " current_date, false, 'test') returning id")
            .param(ElderlyTestData.creditCode())
            .query(Long.class)
            .single();
    for (Role role : new Role[] {Role.AUDITOR, Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN}) {
      var who = auth(RegistryTestData.CITY, role);
      mvc.perform(get("/api/v1/elderly/institutions/" + institution).with(authentication(who)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/elderly/allowance/checks").with(authentication(who)))
          .andExpect(status().isForbidden());
    }
    var approver = auth("510104000000", Role.DISTRICT_APPROVER);
    mvc.perform(get("/api/v1/elderly/institutions/" + institution).with(authentication(approver)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("角色测试院")));
    mvc.perform(get("/api/v1/elderly/allowance/checks").with(authentication(approver)))
        .andExpect(status().isOk());
  }

  @Test
  void theApiAndTheExportKeepAStreetWorkerInsideTheirStreet() throws Exception {
    long outside =
        jdbc.sql(
                "insert into elderly.institution (name, credit_code, address, region_code,"
                    + " legal_representative, premises, contact_phone, total_beds, pledge_signed,"
                    + " admitted_on, submitted_on, late, created_by) values ('外区测试院', ?,"
                    + " '青羊区', '510105001001', '李四', 'OWNED', '028', 10, true, current_date,"
                    + " current_date, false, 'test') returning id")
            .param(ElderlyTestData.creditCode())
            .query(Long.class)
            .single();
    var worker = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
    mvc.perform(get("/api/v1/elderly/institutions/" + outside).with(authentication(worker)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/elderly/institutions/" + outside)
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN))))
        .andExpect(status().isOk());

    long insideElder = create(idNumberBornOn(LocalDate.of(1930, 1, 2)), RegistryTestData.COMMUNITY);
    long outsideElder =
        create(idNumberBornOn(LocalDate.of(1930, 1, 3)), RegistryTestData.SIBLING_STREET_COMMUNITY);
    for (long p : new long[] {insideElder, outsideElder}) {
      jdbc.sql(
              "insert into elderly.allowance_recipient (person_id, first_month, region_code)"
                  + " select id, date_trunc('month', current_date), residence_region_code"
                  + " from registry.person where id = ?")
          .param(p)
          .update();
    }
    String csv =
        mvc.perform(get("/elderly/allowance/checks/export").with(authentication(worker)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).contains("\n" + insideElder + ",").doesNotContain("\n" + outsideElder + ",");
  }

  @Test
  void anOrderWithoutProviderOrARecordWithoutMinutesIsNamedNotAServerError() throws Exception {
    String elder = idNumberBornOn(LocalDate.of(1944, 7, 9));
    long elderId = create(elder, RegistryTestData.COMMUNITY);
    var worker = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
    enrol(worker, elder);
    long provider = providers.addProvider("页面测试家政", RegistryTestData.STREET, "028-9");
    long order =
        orders.order(
            elderId,
            provider,
            cn.minzheng.elderly.homeservice.HomeServiceItem.CLEANING,
            cn.minzheng.shared.ChinaTime.today(),
            false,
            "s");

    mvc.perform(
            post("/elderly/home-services/order")
                .param("idNumber", elder)
                .param("item", "CLEANING")
                .with(authentication(worker))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("服务组织：请填写")));
    mvc.perform(
            post("/elderly/home-services/record")
                .param("orderId", String.valueOf(order))
                .param("workerId", "1")
                .with(authentication(worker))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("服务时长：请填写")));
    mvc.perform(
            post("/elderly/home-services/record")
                .param("workerId", "1")
                .with(authentication(worker))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("工单号：请填写")));
  }

  private org.springframework.test.web.servlet.ResultActions enrol(
      cn.minzheng.platform.StaffAuthentication who, String idNumber) throws Exception {
    return mvc.perform(
        post("/elderly/home-services/enrol")
            .param("idNumber", idNumber)
            .param("group", "SOLITARY")
            .with(authentication(who))
            .with(csrf()));
  }

  private boolean enrolled(long person) {
    return jdbc.sql(
            "select exists (select 1 from elderly.home_service_recipient where person_id = ?)")
        .param(person)
        .query(Boolean.class)
        .single();
  }

  private long create(String idNumber, String residence) {
    return registry.person(idNumber, "页面测试", residence).id();
  }
}
