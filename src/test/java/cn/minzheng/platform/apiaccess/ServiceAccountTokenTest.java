package cn.minzheng.platform.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ServiceAccountTokenTest {

  @Autowired MockMvc mvc;
  @Autowired ServiceAccounts serviceAccounts;
  @Autowired JdbcClient jdbc;

  private ServiceAccounts.IssuedToken issue(String... scopes) {
    return serviceAccounts.create(
        "卫健委系统-" + UUID.randomUUID(), "成都市卫生健康委员会", Set.of(scopes), "test");
  }

  @Test
  void validTokenIdentifiesTheServiceAccount() throws Exception {
    ServiceAccounts.IssuedToken issued = issue("registry:death-report");

    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("service"))
        .andExpect(jsonPath("$.department").value("成都市卫生健康委员会"))
        .andExpect(jsonPath("$.scopes[0]").value("registry:death-report"));
  }

  @Test
  void tokenWithTheScopeReachesTheScopedEndpoint() throws Exception {
    ServiceAccounts.IssuedToken issued = issue("registry:death-report");

    // An empty report passes the scope check and is refused by the endpoint's own validation.
    mvc.perform(
            post("/api/v1/deaths")
                .header("Authorization", "Bearer " + issued.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void tokenWithoutTheScopeIsForbidden() throws Exception {
    ServiceAccounts.IssuedToken issued = issue("monitoring:income-feed");

    mvc.perform(
            post("/api/v1/deaths")
                .header("Authorization", "Bearer " + issued.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
  }

  @Test
  void wrongOrRevokedTokenIsUnauthorized() throws Exception {
    ServiceAccounts.IssuedToken issued = issue("registry:death-report");
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token() + "x"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401));

    serviceAccounts.revoke(issued.id(), "test");

    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void storesOnlyTheSm3DigestOfTheToken() {
    ServiceAccounts.IssuedToken issued = issue("registry:death-report");

    byte[] stored =
        jdbc.sql("select token_hash from platform.service_account where id = ?")
            .param(issued.id())
            .query((rs, n) -> rs.getBytes(1))
            .single();

    assertThat(stored).hasSize(32).isEqualTo(ServiceAccounts.digest(issued.token()));
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(issued.token());
  }
}
