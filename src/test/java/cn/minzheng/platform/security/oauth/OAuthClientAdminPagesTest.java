package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** 开放接口客户端: the system administrator's page; the secret is shown once, stored hashed. */
@SpringBootTest
@AutoConfigureMockMvc
class OAuthClientAdminPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  static Authentication as(Role role) {
    return StaffAuthentication.of(
        new StaffUser(-2200, "admin_oauth", "管理员", "510100000000", Set.of(role)));
  }

  @Test
  void theSystemAdministratorRegistersADepartmentAndSeesTheSecretOnceStoredOnlyAsAHash()
      throws Exception {
    String clientId = "rsj-" + UUID.randomUUID().toString().substring(0, 8);

    String page =
        mvc.perform(
                post("/admin/oauth-clients")
                    .param("kind", "DEPARTMENT")
                    .param("clientId", clientId)
                    .param("name", "人社局养老金系统")
                    .param("department", "成都市人力资源和社会保障局")
                    .param("scopes", "monitoring:feed-pension-employment")
                    .with(authentication(as(Role.SYSTEM_ADMIN)))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Matcher shown =
        Pattern.compile("data-testid=\"issued-secret\">(mzc_[A-Za-z0-9_-]{43})<").matcher(page);
    assertThat(shown.find()).isTrue();
    String secret = shown.group(1);
    String stored =
        jdbc.sql("select client_secret from oauth2_registered_client where client_id = ?")
            .param(clientId)
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(secret);
    assertThat(passwords.matches(secret, stored)).isTrue();

    String list =
        mvc.perform(get("/admin/oauth-clients").with(authentication(as(Role.SYSTEM_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains(clientId, "人社局养老金系统", "部门系统（客户端凭证）").doesNotContain(secret);
  }

  @Test
  void badInputIsAnsweredInChineseNamingTheFieldAndRegistersNothing() throws Exception {
    String clientId = "bad-" + UUID.randomUUID().toString().substring(0, 8);

    String page =
        mvc.perform(
                post("/admin/oauth-clients")
                    .param("kind", "APP")
                    .param("clientId", clientId)
                    .param("name", "天府市民云")
                    .param("department", "成都市网络理政办公室")
                    .param("redirectUri", "http://app.example.cn/callback")
                    .with(authentication(as(Role.SYSTEM_ADMIN)))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("回调地址：须为完整的 https 地址");
    assertThat(
            jdbc.sql("select count(*) from oauth2_registered_client where client_id = ?")
                .param(clientId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theSecurityAdministratorIsRefused() throws Exception {
    mvc.perform(get("/admin/oauth-clients").with(authentication(as(Role.SECURITY_ADMIN))))
        .andExpect(status().isForbidden());
  }
}
