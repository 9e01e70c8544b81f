package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.testing.ApiContract;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** The low-income register and visiting care through the API (issue 22): in scope only. */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringRegisterApiTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired LowIncomeRegister register;

  private List<Long> personIds(String region, String uri) throws Exception {
    MvcResult result =
        mvc.perform(get(uri).with(authentication(auth(region, Role.STREET_CASEWORKER))))
            .andReturn();
    ApiContract.assertConforms(mvc, result);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    JsonMapper.builder()
        .build()
        .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .forEach(e -> ids.add(e.get("personId").asLong()));
    return ids;
  }

  @Test
  void theRegisterListsTheCategorysPeopleOfTheCallersStreetOnly() throws Exception {
    Person p = registry.person("名册接口", COMMUNITY);
    long household = registry.household(COMMUNITY, p);
    register.include(
        new Inclusion(
            p.id(),
            household,
            COMMUNITY,
            RegisterCategory.MARGINAL,
            "MANUAL",
            "接口测试",
            null,
            LocalDate.of(2026, 1, 1)),
        "test");

    assertThat(personIds(STREET, "/api/v1/monitoring/register?category=MARGINAL&limit=1000"))
        .contains(p.id());
    assertThat(personIds(STREET, "/api/v1/monitoring/register?category=TEKUN&limit=1000"))
        .doesNotContain(p.id());
    assertThat(
            personIds("510104002000", "/api/v1/monitoring/register?category=MARGINAL&limit=1000"))
        .doesNotContain(p.id());

    MvcResult tasks =
        mvc.perform(
                get("/api/v1/monitoring/visits/tasks")
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
            .andReturn();
    ApiContract.assertConforms(mvc, tasks);
    MvcResult badCategory =
        mvc.perform(
                get("/api/v1/monitoring/register?category=NOPE")
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
            .andReturn();
    ApiContract.assertConforms(mvc, badCategory);
    assertThat(badCategory.getResponse().getStatus()).isEqualTo(400);
  }
}
