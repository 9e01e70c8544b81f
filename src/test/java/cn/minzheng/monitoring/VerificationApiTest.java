package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.testing.ApiContract;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 家庭经济状况核对 through the API (issue 22): the authorisation is required, the same Idempotency-Key
 * gives the same report and no second one, the report stays in scope, and every answer is the
 * document's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationApiTest {

  static final String SIBLING_STREET = "510104002000";

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  private final JsonMapper json = JsonMapper.builder().build();

  private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private MvcResult request(StaffAuthentication who, String key, String body) throws Exception {
    return perform(
        post("/api/v1/monitoring/verifications")
            .with(authentication(who))
            .with(csrf())
            .header("Idempotency-Key", key)
            .contentType("application/json")
            .content(body));
  }

  private long reportsOf(long household) {
    return jdbc.sql("select count(*) from monitoring.verification where household_id = ?")
        .param(household)
        .query(Long.class)
        .single();
  }

  @Test
  void aRequestWithTheAuthorisationGivesOneReportEvenWhenRetried() throws Exception {
    Person member = registry.person("核对接口", COMMUNITY);
    long household = registry.household(COMMUNITY, member);
    StaffAuthentication caseworker = auth(STREET, Role.STREET_CASEWORKER);
    String consent = "授权-" + UUID.randomUUID();
    String body =
        "{\"idNumber\":\"%s\",\"consentRef\":\"%s\",\"asOf\":\"2026-11-30\"}"
            .formatted(member.idNumber(), consent);

    MvcResult first = request(caseworker, "v-" + consent, body);
    MvcResult again = request(caseworker, "v-" + consent, body);

    assertThat(first.getResponse().getStatus()).isEqualTo(201);
    assertThat(again.getResponse().getStatus()).isEqualTo(201);
    long id = body(first).get("id").asLong();
    assertThat(body(again).get("id").asLong()).isEqualTo(id);
    assertThat(body(first).get("asOf").asString()).isEqualTo("2026-11-30");
    assertThat(body(first).get("householdId").asLong()).isEqualTo(household);
    assertThat(reportsOf(household)).isOne();

    MvcResult read =
        perform(get("/api/v1/monitoring/verifications/" + id).with(authentication(caseworker)));
    assertThat(read.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(read).get("consentRef").asString()).isEqualTo(consent);

    MvcResult elsewhere =
        perform(
            get("/api/v1/monitoring/verifications/" + id)
                .with(authentication(auth(SIBLING_STREET, Role.STREET_CASEWORKER))));
    assertThat(elsewhere.getResponse().getStatus()).isEqualTo(404);

    MvcResult noSuchFact =
        perform(
            post("/api/v1/monitoring/verifications/" + id + "/disputes")
                .with(authentication(caseworker))
                .with(csrf())
                .contentType("application/json")
                .content("{\"factId\":987654321,\"reason\":\"收入不是我的\"}"));
    assertThat(noSuchFact.getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void withoutTheAuthorisationOrOutsideTheScopeNothingIsVerified() throws Exception {
    Person member = registry.person("核对接口", COMMUNITY);
    long household = registry.household(COMMUNITY, member);

    MvcResult noConsent =
        request(
            auth(STREET, Role.STREET_CASEWORKER),
            "nc-" + UUID.randomUUID(),
            "{\"idNumber\":\"%s\",\"consentRef\":\" \"}".formatted(member.idNumber()));
    assertThat(noConsent.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(noConsent).get("field").asString()).isEqualTo("consentRef");

    MvcResult otherStreet =
        request(
            auth(SIBLING_STREET, Role.STREET_CASEWORKER),
            "os-" + UUID.randomUUID(),
            "{\"idNumber\":\"%s\",\"consentRef\":\"授权-1\"}".formatted(member.idNumber()));
    assertThat(otherStreet.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(otherStreet).get("field").asString()).isEqualTo("idNumber");

    MvcResult badNumber =
        request(
            auth(STREET, Role.STREET_CASEWORKER),
            "bn-" + UUID.randomUUID(),
            "{\"idNumber\":\"510104199001011234\",\"consentRef\":\"授权-1\"}");
    assertThat(badNumber.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(badNumber).get("field").asString()).isEqualTo("idNumber");

    assertThat(reportsOf(household)).isZero();
  }
}
