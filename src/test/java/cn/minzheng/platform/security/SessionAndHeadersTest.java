package cn.minzheng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SessionAndHeadersTest {

  static final StaffUser SECURITY_ADMIN =
      new StaffUser(-900, "sec_admin_test", "安全管理员", "510100000000", Set.of(Role.SECURITY_ADMIN));

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;

  @Test
  void disablingAnAccountEndsItsExistingSession() throws Exception {
    String username = StaffLogin.uniqueUsername("disable");
    long id =
        StaffLogin.createAccount(jdbc, encoder, username, "510104001000", Role.STREET_CASEWORKER);
    StaffLogin browser = new StaffLogin(mvc);
    browser.submitPassword(username, StaffLogin.PASSWORD);
    assertThat(browser.perform(get("/")).getStatus()).isEqualTo(200);

    mvc.perform(
            post("/admin/accounts/{id}/enabled", id)
                .param("enabled", "false")
                .with(authentication(StaffAuthentication.of(SECURITY_ADMIN)))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(browser.perform(get("/")).getRedirectedUrl()).endsWith("/login");
    assertThat(new StaffLogin(mvc).submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/login?error=disabled");
  }

  @Test
  void resettingThePasswordEndsEverySessionOfTheUser() throws Exception {
    String username = StaffLogin.uniqueUsername("reset");
    long id =
        StaffLogin.createAccount(jdbc, encoder, username, "510104001000", Role.COMMUNITY_WORKER);
    StaffLogin office = new StaffLogin(mvc);
    StaffLogin home = new StaffLogin(mvc);
    office.submitPassword(username, StaffLogin.PASSWORD);
    home.submitPassword(username, StaffLogin.PASSWORD);

    mvc.perform(
            post("/admin/accounts/{id}/password", id)
                .param("password", "Neues-Passwort-2026")
                .with(authentication(StaffAuthentication.of(SECURITY_ADMIN)))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(office.perform(get("/")).getRedirectedUrl()).endsWith("/login");
    assertThat(home.perform(get("/")).getRedirectedUrl()).endsWith("/login");
    assertThat(
            new StaffLogin(mvc).submitPassword(username, "Neues-Passwort-2026").getRedirectedUrl())
        .isEqualTo("/");
  }

  @Test
  void refusesAFormPostWithoutCsrfToken() throws Exception {
    mvc.perform(
            post("/admin/accounts/1/unlock")
                .with(authentication(StaffAuthentication.of(SECURITY_ADMIN))))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "x").param("password", "y"))
        .andExpect(status().isForbidden());
  }

  @Test
  void sendsSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("default-src 'self'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
  }

  @Test
  void sendsAnonymousPageRequestsToTheLoginPage() throws Exception {
    mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void answersAnonymousApiRequestsWith401ProblemDetail() throws Exception {
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(
            header()
                .string(
                    "Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value("未认证"));
  }

  @Test
  void leavesPublicPathsOpen() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk());
  }
}
