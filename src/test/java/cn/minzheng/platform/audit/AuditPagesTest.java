package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
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
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog auditLog;

  private static StaffAuthentication staff(String username, String region, Role... roles) {
    return StaffAuthentication.of(new StaffUser(42, username, "测试", region, Set.of(roles)));
  }

  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void auditorSearchesTheLogAndTheSearchIsItselfAudited() throws Exception {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("person.unmask", "person", target, null));
    String auditor = unique("auditor");
    mvc.perform(
            get("/audit")
                .param("targetId", target)
                .with(authentication(staff(auditor, "510100000000", Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-testid=\"audit-table\"")))
        .andExpect(content().string(containsString("person.unmask")))
        .andExpect(content().string(containsString("href=\"/audit/verify\"")));
    assertThat(actionsOf(auditor)).containsExactly("audit.search");
  }

  @Test
  void systemAdministratorIsRefusedEvenWhenAlsoHoldingTheAuditorRole() throws Exception {
    String admin = unique("sysadmin");
    mvc.perform(
            get("/audit")
                .with(
                    authentication(staff(admin, "510100000000", Role.SYSTEM_ADMIN, Role.AUDITOR))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/audit/verify")
                .with(authentication(staff(admin, "510100000000", Role.SYSTEM_ADMIN))))
        .andExpect(status().isForbidden());
    assertThat(actionsOf(admin)).containsExactly("access.denied", "access.denied");
  }

  @Test
  void streetCaseworkerIsRefused() throws Exception {
    mvc.perform(
            get("/audit")
                .with(
                    authentication(
                        staff(unique("street"), "510104001000", Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void filtersByActionPrefixAndOutcome() throws Exception {
    String target = UUID.randomUUID().toString();
    auditLog.record(AuditEvent.success("filtertest.view", "person", target, null));
    auditLog.record(AuditEvent.denied("filtertest.export", "person", target, null));
    auditLog.record(AuditEvent.success("other.view", "person", target, null));
    mvc.perform(
            get("/audit")
                .param("targetId", target)
                .param("action", "filtertest.")
                .param("outcome", "DENIED")
                .with(authentication(staff(unique("auditor"), "510100000000", Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("filtertest.export")))
        .andExpect(content().string(not(containsString("filtertest.view"))))
        .andExpect(content().string(not(containsString("other.view"))));
  }

  @Test
  void ignoresSortFieldsOutsideTheWhitelist() throws Exception {
    mvc.perform(
            get("/audit")
                .param("sort", "hash; drop table platform.audit_log")
                .param("size", "100000")
                .with(authentication(staff(unique("auditor"), "510100000000", Role.AUDITOR))))
        .andExpect(status().isOk());
    assertThat(jdbc.sql("select count(*) from platform.audit_log").query(Long.class).single())
        .isPositive();
  }

  @Test
  void auditorRunsTheChainVerificationFromThePage() throws Exception {
    String auditor = unique("auditor");
    mvc.perform(
            post("/audit/verify")
                .with(csrf())
                .with(authentication(staff(auditor, "510100000000", Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-testid=\"audit-verify-intact\"")));
    assertThat(actionsOf(auditor)).containsExactly("audit.verify");
  }

  private java.util.List<String> actionsOf(String actor) {
    return jdbc.sql("select action from platform.audit_log where actor = ? order by id")
        .param(actor)
        .query(String.class)
        .list();
  }
}
