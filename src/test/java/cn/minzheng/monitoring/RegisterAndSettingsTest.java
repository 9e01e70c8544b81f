package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class RegisterAndSettingsTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @Test
  void grantedAndEndedProgrammesMaintainTheRegister(Scenario scenario) {
    Person a = registry.person("钱一", COMMUNITY);
    Person b = registry.person("钱二", COMMUNITY);
    scenario
        .publish(
            new AssistanceGranted(
                7001L,
                900001L,
                AssistanceType.DIBAO,
                "兜底型",
                List.of(a.id(), b.id()),
                COMMUNITY,
                YearMonth.of(2025, 3)))
        .andWaitAtMost(Duration.ofSeconds(20))
        .andWaitForStateChange(() -> currentCategories(a.id()))
        .andVerify(categories -> assertThat(categories).containsExactly("DIBAO"));
    assertThat(currentCategories(b.id())).containsExactly("DIBAO");

    scenario
        .publish(
            new AssistanceEnded(
                7001L,
                900001L,
                AssistanceType.DIBAO,
                List.of(a.id()),
                YearMonth.of(2025, 9),
                "复核停保"))
        .andWaitAtMost(Duration.ofSeconds(20))
        .andWaitForStateChange(() -> currentCategories(a.id()).isEmpty())
        .andVerify(ended -> assertThat(currentCategories(a.id())).isEmpty());
    assertThat(currentCategories(b.id())).containsExactly("DIBAO");
  }

  @Test
  void aCaseworkerIdentifiesAPersonManuallyWithAReason() throws Exception {
    Person a = registry.person("孙三", COMMUNITY);
    mvc.perform(
            post("/monitoring/register")
                .param("idNumber", a.idNumber())
                .param("category", "RIGID_EXPENDITURE")
                .param("reason", "子女就读大学，教育支出大")
                .with(csrf())
                .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk());
    assertThat(currentCategories(a.id())).containsExactly("RIGID_EXPENDITURE");
  }

  @Test
  void anAdministratorChangesAWarningThresholdAndTheChangeIsAudited() throws Exception {
    var admin = authentication(auth(CITY, Role.CITY_ADMIN));
    mvc.perform(get("/monitoring/admin/rules").with(admin)).andExpect(status().isOk());
    mvc.perform(
            post("/monitoring/admin/rules/warning/LARGE_MEDICAL_BILL")
                .param("level", "RED")
                .param("threshold", "20000")
                .param("deadlineDays", "7")
                .param("assigneeLevel", "STREET")
                .param("active", "true")
                .with(csrf())
                .with(admin))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'monitoring.settings.change'")
                .query(Long.class)
                .single())
        .isPositive();
    mvc.perform(
            get("/monitoring/admin/rules")
                .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  private List<String> currentCategories(long personId) {
    return jdbc.sql(
            "select category from monitoring.register_entry where person_id = ? and until is null")
        .param(personId)
        .query(String.class)
        .list();
  }
}
