package cn.minzheng.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class StaffAccountAdminPagesTest {

  static final String CITY = "510100000000";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static Authentication as(long id, Role role) {
    return StaffAuthentication.of(new StaffUser(id, "admin_" + id, "管理员", CITY, Set.of(role)));
  }

  static Authentication securityAdmin() {
    return as(-1000, Role.SECURITY_ADMIN);
  }

  static String unique(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  MockHttpServletRequestBuilder createForm(String username, String password, String... roles) {
    MockHttpServletRequestBuilder request =
        post("/admin/accounts")
            .param("username", username)
            .param("displayName", "阿依古丽·买买提")
            .param("regionCode", "510104001000")
            .param("password", password)
            .with(authentication(securityAdmin()))
            .with(csrf());
    for (String role : roles) {
      request.param("roles", role);
    }
    return request;
  }

  @Test
  void onlySecurityAdministratorsReachTheAccountPages() throws Exception {
    mvc.perform(get("/admin/accounts").with(authentication(as(-1001, Role.CITY_ADMIN))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/service-accounts").with(authentication(as(-1001, Role.SYSTEM_ADMIN))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/accounts").with(authentication(securityAdmin())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-testid=\"account-table\"")));
  }

  @Test
  void createsAnAccountWithAnArgon2HashAndAuditsIt() throws Exception {
    String username = unique("new");

    mvc.perform(createForm(username, "Sicher-Passwort-2026", "STREET_CASEWORKER"))
        .andExpect(status().is3xxRedirection());

    String hash =
        jdbc.sql("select password_hash from platform.staff_account where username = ?")
            .param(username)
            .query(String.class)
            .single();
    String name =
        jdbc.sql("select display_name from platform.staff_account where username = ?")
            .param(username)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{argon2}");
    assertThat(name).isEqualTo("阿依古丽·买买提");
    assertThat(auditCount("account.create", username)).isEqualTo(1);
    assertThat(auditCount("permission.grant", username)).isEqualTo(1);
  }

  @Test
  void refusesAWeakInitialPasswordWithAChineseFieldError() throws Exception {
    String username = unique("weak");

    mvc.perform(createForm(username, "short1A!", "STREET_CASEWORKER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("密码至少需要 12 个字符")));
    mvc.perform(createForm(username, "onlylowercaseletters", "STREET_CASEWORKER"))
        .andExpect(content().string(containsString("至少三类")));
    mvc.perform(createForm(username, "Sicher-Passwort-2026"))
        .andExpect(content().string(containsString("请至少选择一个角色")));

    assertThat(
            jdbc.sql("select count(*) from platform.staff_account where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void securityAdministratorCannotGrantRolesToThemselves() throws Exception {
    String username = unique("self");
    mvc.perform(createForm(username, "Sicher-Passwort-2026", "SECURITY_ADMIN"));
    long id = idOf(username);
    Authentication self =
        StaffAuthentication.of(
            new StaffUser(id, username, "自己", "510104001000", Set.of(Role.SECURITY_ADMIN)));

    mvc.perform(
            post("/admin/accounts/{id}/roles", id)
                .param("regionCode", CITY)
                .param("roles", "SECURITY_ADMIN")
                .param("roles", "CITY_ADMIN")
                .with(authentication(self))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能修改自己的角色或所属区划")));

    assertThat(
            jdbc.sql("select array_to_string(roles, ',') from platform.staff_account where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("SECURITY_ADMIN");
  }

  @Test
  void changesRolesAndUnlocksWithAuditEntries() throws Exception {
    String username = unique("edit");
    mvc.perform(createForm(username, "Sicher-Passwort-2026", "COMMUNITY_WORKER"));
    long id = idOf(username);
    jdbc.sql(
            "insert into platform.login_failure (account_id, address, failures, blocked_until,"
                + " last_failure_at) values (?, '10.9.9.9', 5, now() + interval '10 minutes',"
                + " now())")
        .param(id)
        .update();
    mvc.perform(get("/admin/accounts/{id}", id).with(authentication(securityAdmin())))
        .andExpect(content().string(containsString("1 个地址因连续输错暂停登录")));

    mvc.perform(
            post("/admin/accounts/{id}/roles", id)
                .param("regionCode", "510104000000")
                .param("roles", "DISTRICT_APPROVER")
                .with(authentication(securityAdmin()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/admin/accounts/{id}/unlock", id)
                .with(authentication(securityAdmin()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    var row =
        jdbc.sql(
                "select array_to_string(roles, ',') || ' ' || region_code || ' '"
                    + " || (select count(*) from platform.login_failure where account_id = a.id)"
                    + " from platform.staff_account a where id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(row).isEqualTo("DISTRICT_APPROVER 510104000000 0");
    assertThat(auditCount("permission.change", username)).isEqualTo(1);
    assertThat(auditCount("account.unlock", username)).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownRegionCode() throws Exception {
    String username = unique("region");
    mvc.perform(
            post("/admin/accounts")
                .param("username", username)
                .param("displayName", "张三")
                .param("regionCode", "510199999999")
                .param("password", "Sicher-Passwort-2026")
                .param("roles", "STREET_CASEWORKER")
                .with(authentication(securityAdmin()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("所属区划不存在")));
  }

  private long idOf(String username) {
    return jdbc.sql("select id from platform.staff_account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private long auditCount(String action, String target) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, target)
        .query(Long.class)
        .single();
  }
}
