package cn.minzheng.platform.web;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dates and amounts that cannot be meant are refused naming the field in Chinese, in JSON bodies,
 * query parameters and forms alike, and nothing is stored: a death dated 2099, a death date that is
 * no date, a charge of 10^20 yuan, a visit recorded for 2099, an asset limit of 10^11.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlausibleInputWebTest {

  @Autowired MockMvc mvc;
  @Autowired ServiceAccounts serviceAccounts;
  @Autowired JdbcClient jdbc;

  private String token(String scope) {
    return "Bearer "
        + serviceAccounts
            .create("卫健委系统-" + UUID.randomUUID(), "成都市卫生健康委员会", Set.of(scope), "test")
            .token();
  }

  private long deaths() {
    return jdbc.sql("select count(*) from registry.death_record").query(Long.class).single();
  }

  @Test
  void aDeathDatedInTheFutureOrNoDateIsRefusedNamingTheFieldAndNothingIsRecorded()
      throws Exception {
    long before = deaths();
    String token = token("registry:death-report");
    mvc.perform(
            post("/api/v1/deaths")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"11010519491231002X\",\"dateOfDeath\":\"2099-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dateOfDeath"))
        .andExpect(jsonPath("$.errors[0].field").value("dateOfDeath"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("日期不能晚于今天")));
    mvc.perform(
            post("/api/v1/deaths")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"11010519491231002X\",\"dateOfDeath\":\"2024-13-45\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dateOfDeath"))
        .andExpect(jsonPath("$.detail").value("日期格式应为 年-月-日（如 2024-03-01）"));
    org.assertj.core.api.Assertions.assertThat(deaths()).isEqualTo(before);
  }

  @Test
  void anAmountThatWouldOverflowItsColumnIsRefusedWithItsJsonPath() throws Exception {
    mvc.perform(
            post("/api/v1/funeral/facilities/1/service-records")
                .header("Authorization", token("funeral:service-records"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"records\":[{\"idNumber\":\"11010519491231002X\",\"item\":\"CREMATION\","
                        + "\"servedOn\":\"2026-01-05\",\"charged\":1e20}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("records[0].charged"))
        .andExpect(jsonPath("$.detail").value("数值过大（整数部分至多10位）"));
  }

  @Test
  void aQueryParameterOfTheWrongTypeNamesItselfInTheApi() throws Exception {
    mvc.perform(
            get("/api/v1/assistance/cases")
                .param("page", "二")
                .with(authentication(auth(CITY, Role.CITY_ADMIN))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("page"))
        .andExpect(jsonPath("$.detail").value("应为整数"));
  }

  @Test
  void aFormValueThatCannotBeMeantShowsItsReasonOnThePage() throws Exception {
    mvc.perform(
            post("/monitoring/visits/tasks/1")
                .param("visitedOn", "2099-01-01")
                .param("findings", "在家")
                .with(csrf())
                .with(authentication(auth(CITY, Role.CITY_ADMIN))))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("visitedOn：")))
        .andExpect(content().string(containsString("日期不能晚于今天")));
    mvc.perform(
            post("/monitoring/admin/rules/asset/DEPOSIT")
                .param("limit", "100000000000")
                .with(csrf())
                .with(authentication(auth(CITY, Role.CITY_ADMIN))))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("limit：")))
        .andExpect(content().string(containsString("数值过大")));
  }

  @Test
  void aMonthThatCannotBeMeantIsRefusedWhereAMonthIsRunOrSettled() throws Exception {
    var admin = authentication(auth(CITY, Role.CITY_ADMIN));
    mvc.perform(post("/assistance/runs").param("month", "9999-12").with(csrf()).with(admin))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("核算月份：月份")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from assistance.monthly_run where month >= '2100-01-01'")
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(get("/elderly/home-services").param("month", "0001-01").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("结算月份：月份超出合理范围")));
  }
}
