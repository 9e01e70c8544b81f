package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Searching by ID number never puts the number in an address (proxies and access logs keep
 * addresses): the page posts it and lists under a session-bound token; the API takes it in a body.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdNumberSearchTest {

  @Autowired MockMvc mvc;
  @Autowired PersonDirectory directory;

  private final StaffAuthentication caseworker = auth(STREET, Role.STREET_CASEWORKER);

  private String person(String name) throws Exception {
    String idNumber = uniqueIdNumber(false);
    mvc.perform(
            post("/registry/persons")
                .with(authentication(caseworker))
                .with(csrf())
                .param("idNumber", idNumber)
                .param("name", name)
                .param("residenceRegionCode", COMMUNITY)
                .param("legalBasis", "STATUTORY_DUTY"))
        .andExpect(status().is3xxRedirection());
    return idNumber;
  }

  private static String masked(String idNumber) {
    return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
  }

  @Test
  void thePostedSearchListsUnderATokenThatOnlyItsSessionCanUse() throws Exception {
    String idNumber = person("查身份证");
    MockHttpServletResponse posted =
        mvc.perform(
                post("/registry/persons/search")
                    .with(authentication(caseworker))
                    .with(csrf())
                    .param("idNumber", idNumber))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse();
    String location = posted.getRedirectedUrl();
    assertThat(location).startsWith("/registry/persons?idToken=").doesNotContain(idNumber);
    // sessions are kept by Spring Session: the session is the one its cookie names
    Cookie session = posted.getCookie("SESSION");
    assertThat(session).isNotNull();

    mvc.perform(get(location).cookie(session).with(authentication(caseworker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(masked(idNumber))))
        .andExpect(content().string(containsString("data-testid=\"person-total\">1<")))
        .andExpect(content().string(not(containsString(idNumber))));

    // the same address in another session finds nothing, and says why
    mvc.perform(get(location).with(authentication(caseworker)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("按身份证号查询已过期")))
        .andExpect(content().string(not(containsString(masked(idNumber)))));

    // the export follows the same token
    mvc.perform(
            get(location.replace("/registry/persons?", "/registry/persons/export?"))
                .cookie(session)
                .with(authentication(caseworker)))
        .andExpect(status().isOk());
  }

  @Test
  void anIdNumberInTheAddressIsRefusedNotSearched() throws Exception {
    String idNumber = person("地址栏");
    mvc.perform(
            get("/registry/persons").param("idNumber", idNumber).with(authentication(caseworker)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("身份证号不经地址栏传递")))
        .andExpect(content().string(containsString("data-testid=\"person-total\">0<")));
    mvc.perform(
            get("/registry/persons/export")
                .param("idNumber", idNumber)
                .with(authentication(caseworker)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theApiSearchesByIdNumberInTheBodyAndRefusesItInTheAddress() throws Exception {
    String idNumber = person("接口查询");
    mvc.perform(get("/api/v1/persons").param("idNumber", idNumber).with(authentication(caseworker)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("idNumber"));
    mvc.perform(
            post("/api/v1/persons/search")
                .with(authentication(caseworker))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"" + idNumber + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.content[0].maskedIdNumber").value(masked(idNumber)));
  }
}
