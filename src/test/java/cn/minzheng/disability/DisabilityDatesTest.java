package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Absurd dates and months on the disability pages (shared.PlausibleDate: 1900-01-01 to 2100-12-31)
 * are refused with a Chinese message naming the field, and nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisabilityDatesTest {

  static final String OUT_OF_RANGE = "日期超出合理范围（1900-01-01 至 2100-12-31）";
  static final String MONTH_OUT_OF_RANGE = "月份超出合理范围（1900-01 至 2100-12）";

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void aConsentDateOfTheYear1800IsRefusedNamingTheField() throws Exception {
    var officer = auth(RegistryTestData.DISTRICT, Role.MENTAL_HEALTH_REHAB);
    var person = registry.person("康复日期", RegistryTestData.COMMUNITY);
    mvc.perform(
            post("/disability/rehab/enrolments")
                .param("stationId", "1")
                .param("idNumber", person.idNumber())
                .param("consentBy", "SELF")
                .param("consentOn", "1800-01-01")
                .with(authentication(officer))
                .with(csrf()))
        .andExpect(content().string(containsString("同意日期：" + OUT_OF_RANGE)));
    Assertions.assertThat(
            jdbc.sql("select count(*) from disability.rehab_enrolment where person_id = ?")
                .param(person.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void absurdMonthsOnTheAmountsPageAreRefusedNamingTheField() throws Exception {
    var city = auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    long rows = amountRows();
    mvc.perform(
            post("/disability/amounts")
                .param("subsidy", "CARE")
                .param("grade", "1")
                .param("from", "9999-01")
                .param("amount", "130")
                .with(authentication(city))
                .with(csrf()))
        .andExpect(content().string(containsString("执行起始月份：" + MONTH_OUT_OF_RANGE)));
    mvc.perform(
            post("/disability/amounts/run")
                .param("month", "0001-01")
                .with(authentication(city))
                .with(csrf()))
        .andExpect(content().string(containsString("月份：" + MONTH_OUT_OF_RANGE)));
    mvc.perform(
            post("/disability/amounts/run")
                .param("month", "2026-13")
                .with(authentication(city))
                .with(csrf()))
        .andExpect(content().string(containsString("月份：月份格式应为 年-月")));
    Assertions.assertThat(amountRows()).isEqualTo(rows);
  }

  private long amountRows() {
    return jdbc.sql("select count(*) from disability.subsidy_amount").query(Long.class).single();
  }
}
