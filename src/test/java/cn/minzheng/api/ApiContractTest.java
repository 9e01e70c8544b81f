package cn.minzheng.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.testing.ApiContract;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A representative read of every module's API, answered for a city administrator and checked
 * against the published document (status, media type, every member of the body); the errors too.
 * Each module's own API tests check their answers the same way ({@link ApiContract}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

  @Autowired MockMvc mvc;

  private static final StaffUser CITY_ADMIN =
      new StaffUser(-91, "contract_admin", "契约测试", "510100000000", Set.of(Role.CITY_ADMIN));

  private MvcResult asCityAdmin(String uri) throws Exception {
    MvcResult result =
        mvc.perform(get(uri).with(authentication(StaffAuthentication.of(CITY_ADMIN)))).andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/regions?page=0&size=5",
        "/api/v1/persons?size=5",
        "/api/v1/assistance/cases?size=5",
        "/api/v1/payments/rosters?size=5",
        "/api/v1/monitoring/warnings",
        "/api/v1/elderly/allowance/checks?limit=5",
        "/api/v1/funeral/cases?size=5",
        "/api/v1/disability/subsidy-recipients?size=5",
        "/api/v1/children/cases?size=5",
        "/api/v1/socialwork/workers?size=5",
        "/api/v1/organisations?size=5",
        "/api/v1/placenames/applications?size=5",
        "/api/v1/rescue/stations",
        "/api/v1/cockpit/figures?from=2026-01-01&to=2026-06-30",
        "/api/v1/public/marriage/offices",
        "/api/v1/public/elderly/service-list"
      })
  void aModulesListAnswersAsDocumented(String uri) throws Exception {
    assertThat(asCityAdmin(uri).getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void aRecordOutsideEveryScopeIsADocumentedProblem() throws Exception {
    MvcResult missing = asCityAdmin("/api/v1/assistance/cases/987654321");
    assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    assertThat(missing.getResponse().getContentType()).startsWith("application/problem+json");
  }

  @Test
  void theListsThatCountPagesFromZeroSayTheyAreDeprecated() throws Exception {
    MvcResult persons = asCityAdmin("/api/v1/persons?page=0&size=5");
    assertThat(persons.getResponse().getHeader("Deprecation")).isEqualTo("@1796601600");
    assertThat(persons.getResponse().getHeader("Link"))
        .isEqualTo("</api/v1/docs>; rel=\"deprecation\"");
    MvcResult regions = asCityAdmin("/api/v1/regions?page=0&size=5");
    assertThat(regions.getResponse().getHeader("Deprecation")).isEqualTo("@1796601600");

    MvcResult rosters = asCityAdmin("/api/v1/payments/rosters?page=1&size=5");
    assertThat(rosters.getResponse().getHeader("Deprecation")).isNull();
  }
}
