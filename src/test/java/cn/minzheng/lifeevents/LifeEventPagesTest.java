package cn.minzheng.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trail page and API (roles, scope, audit) and the family's checklist in the portal (own family
 * only; each mark audited); a withdrawn death withdrawn by its own recorder is refused on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class LifeEventPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;

  long deceased;
  long son;
  long stranger;

  @BeforeEach
  void deathInAFamily(Scenario scenario) {
    deceased = registry.person("轨迹测试", RegistryTestData.COMMUNITY).id();
    son = registry.person("轨迹测试子", RegistryTestData.COMMUNITY).id();
    stranger = registry.person("轨迹测试邻", RegistryTestData.COMMUNITY).id();
    long household =
        registry.household(RegistryTestData.COMMUNITY, "轨迹路1号", deceased, LocalDate.of(2020, 1, 1));
    registry.addMember(household, son, Relationship.SON, LocalDate.of(2020, 1, 1));
    registry.household(RegistryTestData.COMMUNITY, "轨迹路2号", stranger, LocalDate.of(2020, 1, 1));
    scenario
        .stimulate(
            () ->
                RegistryTestData.as(
                    RegistryTestData.auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER),
                    () ->
                        personCommands.recordDeath(
                            deceased,
                            new DeathReport(
                                LocalDate.of(2025, 1, 31), "HEALTH_DEPARTMENT", null, "测试"))))
        .andWaitForStateChange(() -> steps(deceased) == 5)
        .andVerify(n -> assertThat(n).isTrue());
  }

  @Test
  void staffInScopeSeeTheTrailAndEachReadIsAudited() throws Exception {
    String page =
        mvc.perform(
                get("/lifeevents/persons/" + deceased + "/trail")
                    .with(
                        authentication(
                            RegistryTestData.auth(
                                RegistryTestData.STREET, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("生活事件轨迹").contains("死亡").contains("身后一件事清单");
    mvc.perform(
            get("/api/v1/lifeevents/persons/" + deceased + "/trail")
                .with(
                    authentication(
                        RegistryTestData.auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lifeStatus").value("已故"))
        .andExpect(jsonPath("$.lines[?(@.event == 'DEATH')]").exists())
        .andExpect(jsonPath("$.lines[0].event").value("REGISTERED"));
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'lifeevents.trail.read'"
                        + " and target_id = ?")
                .param(Long.toString(deceased))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void anotherStreetsStaffGetNotFoundAndOtherRolesForbidden() throws Exception {
    mvc.perform(
            get("/lifeevents/persons/" + deceased + "/trail")
                .with(
                    authentication(RegistryTestData.auth("510104002000", Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/lifeevents/persons/" + deceased + "/trail")
                .with(
                    authentication(RegistryTestData.auth("510104002000", Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/lifeevents/persons/" + deceased + "/trail")
                .with(authentication(RegistryTestData.auth(RegistryTestData.CITY, Role.AUDITOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theFamilyMarksStepsAndAStrangerCannot() throws Exception {
    var sonLogin = authentication(CitizenAuthentication.of(new Citizen(880_001, son)));
    String page =
        mvc.perform(get("/portal/after-death").with(sonLogin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("轨迹测试").contains("户籍注销").contains("待办理");

    mvc.perform(
            post("/portal/after-death/" + deceased + "/steps")
                .with(sonLogin)
                .with(csrf())
                .param("step", "HUKOU")
                .param("status", "DONE"))
        .andExpect(status().is3xxRedirection());
    assertThat(stepStatus(deceased, "HUKOU")).isEqualTo("DONE");

    var strangerLogin = authentication(CitizenAuthentication.of(new Citizen(880_002, stranger)));
    mvc.perform(get("/portal/after-death").with(strangerLogin))
        .andExpect(status().isOk())
        .andExpect(
            r -> assertThat(r.getResponse().getContentAsString()).contains("您的家庭暂无需要办理的身后事项"));
    mvc.perform(
            post("/portal/after-death/" + deceased + "/steps")
                .with(strangerLogin)
                .with(csrf())
                .param("step", "PENSION")
                .param("status", "DONE"))
        .andExpect(status().isNotFound());
    assertThat(stepStatus(deceased, "PENSION")).isEqualTo("OPEN");
  }

  @Test
  void theApproverWhoRecordedTheDeathCannotWithdrawIt() throws Exception {
    // the death was recorded by a district approver in @BeforeEach (username of that account)
    String recorder =
        jdbc.sql("select recorded_by from registry.death_record where person_id = ?")
            .param(deceased)
            .query(String.class)
            .single();
    var sameApprover =
        cn.minzheng.platform.StaffAuthentication.of(
            new cn.minzheng.platform.StaffUser(
                99_001,
                recorder,
                "审批",
                RegistryTestData.DISTRICT,
                java.util.Set.of(Role.DISTRICT_APPROVER)));
    mvc.perform(
            post("/registry/persons/" + deceased + "/death/withdraw")
                .with(authentication(sameApprover))
                .with(csrf())
                .param("withdrawReason", "误报"))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql("select count(*) from registry.death_record where person_id = ?")
                .param(deceased)
                .query(Long.class)
                .single())
        .isOne();
    mvc.perform(
            post("/registry/persons/" + deceased + "/death/withdraw")
                .with(
                    authentication(
                        RegistryTestData.auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf())
                .param("withdrawReason", "误报"))
        .andExpect(status().isForbidden());
  }

  private long steps(long person) {
    return jdbc.sql("select count(*) from lifeevents.checklist_step where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  private String stepStatus(long person, String step) {
    return jdbc.sql("select status from lifeevents.checklist_step where person_id = ? and step = ?")
        .params(person, step)
        .query(String.class)
        .single();
  }
}
