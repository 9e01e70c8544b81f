package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.charity.CharityTrusts;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The charity API: the district reads its trusts (late filing flagged); another district and a
 * street of another branch get 404 on the detail; a community worker is refused (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CharityApiTest {

  @Autowired MockMvc mvc;
  @Autowired CharityTrusts trusts;

  @Test
  void theDistrictReadsItsTrustAndAnotherDistrictOrStreetGets404() throws Exception {
    long id =
        trusts.file(
            CharityTrustTest.filing("接口范围慈善信托", LocalDate.of(2026, 3, 3)),
            LocalDate.of(2026, 3, 11),
            "t");
    mvc.perform(
            get("/api/v1/organisations/trusts/" + id)
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.trust.name").value("接口范围慈善信托"))
        .andExpect(jsonPath("$.trust.late").value(true))
        .andExpect(jsonPath("$.trust.filingDue").value("2026-03-10"));
    mvc.perform(
            get("/api/v1/organisations/trusts")
                .param("q", "接口范围慈善信托")
                .param("late", "true")
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(id));
    mvc.perform(
            get("/api/v1/organisations/trusts/" + id)
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/organisations/trusts/" + id)
                .with(
                    authentication(
                        auth(
                            RegistryTestData.SIBLING_STREET_COMMUNITY.substring(0, 9) + "000",
                            Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/organisations/trusts/" + id)
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER))))
        .andExpect(status().isForbidden());
  }
}
