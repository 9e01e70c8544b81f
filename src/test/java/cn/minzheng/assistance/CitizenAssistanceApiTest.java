package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.ApiContract;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The citizen's own household's applications and their state through the API (issue 22). */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenAssistanceApiTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;

  @Test
  void aCitizenSeesTheOwnHouseholdsCaseWithItsStateAndNoOneElses() throws Exception {
    AssistanceFixtures fx = new AssistanceFixtures(registry, applications, workflow, review);
    Household mine = fx.household(2);
    Household theirs = fx.household(1);
    long id =
        fx.file(
            fx.dibao(mine, Category.BOTTOM), AssistanceFixtures.caseworker(), ChinaTime.today());
    fx.file(fx.dibao(theirs, Category.BOTTOM), AssistanceFixtures.caseworker(), ChinaTime.today());
    Citizen member = new Citizen(991_000 + mine.id(), mine.personIds().get(1));

    MvcResult result =
        mvc.perform(
                get("/api/v1/citizen/assistance/applications")
                    .with(authentication(CitizenAuthentication.of(member))))
            .andReturn();
    ApiContract.assertConforms(mvc, result);

    JsonNode cases =
        JsonMapper.builder()
            .build()
            .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(cases.size()).isEqualTo(1);
    assertThat(cases.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(cases.get(0).get("type").asString()).isEqualTo("DIBAO");
    assertThat(cases.get(0).get("typeLabel").asString()).isEqualTo("低保");
    assertThat(cases.get(0).has("proposedBy")).isFalse();

    MvcResult anonymous = mvc.perform(get("/api/v1/citizen/assistance/applications")).andReturn();
    assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
  }
}
